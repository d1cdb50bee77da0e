// event.target is the iframe; event.detail is { lessonId: 'is-it-safe' }
export const accessibilityText = {
  title: 'Accessibility statement',
  description: 'How accessible Scamwise is, how we test it, what we know is not right yet, and how to tell us.',
  intro:
    'We want everyone to be able to use Scamwise: on a phone or a computer, with a keyboard, a screen reader, speech recognition or a screen magnifier, zoomed in up to 400 %, with or without JavaScript.',
  standardTitle: 'The standard we aim for',
  standard:
    'Scamwise aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. We think it meets that standard, with the exceptions listed below.',
  testedTitle: 'What we test on every change',
  tested: [
    'Every page, in light and dark colours, on a phone-sized and a desktop-sized screen, with the axe checker set to WCAG 2.0, 2.1 and 2.2 levels A and AA (including target size). The change is not published unless it finds nothing.',
    'Every quiz answered with the keyboard alone, with the verdict read out through a live region.',
    'Every page at 320 pixels wide without sideways scrolling.',
    'Every lesson with JavaScript turned off: the text, pictures and quiz answers are all still there.',
    'The built pages against the HTML standard.',
  ],
  limitsTitle: 'Known limitations',
  limits: [
    'Automated checks find only part of the problems people meet. We have not yet had the course tested by disabled users or with every screen reader; until we do, some problems may remain.',
    'Some lesson pictures contain small text. Every picture has a text alternative that says what it shows, and the same points are made in the lesson text.',
    'Quiz feedback uses colour together with words ("Correct.", "Your choice", "Right answer"), so colour is never the only signal.',
  ],
  reportTitle: 'Tell us about a problem',
  report:
    'If something in Scamwise does not work for you, please tell the organisation that publishes this copy of the course and say which page and what happened.',
  reportContact: 'Contact:',
  prepared: 'This statement was prepared on 25 November 2026.',
} as const;
