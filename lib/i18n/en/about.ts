/** Interface text for the About page, English. */
export const aboutText = {
  title: 'About Scamwise',
  description:
    'Who makes Scamwise, how its lessons are checked and dated, how to report a mistake, and the licences for its code and course text.',
  intro:
    'Scamwise is a free course that helps people shop on AliExpress safely and spot scams. It has no ads, no accounts and no trackers, and it is not made by or linked to AliExpress or Alibaba.',
  whoTitle: 'Who makes it',
  who: 'Scamwise is written and built by the Scamwise contributors, as an open-source project. We write every sentence of the course ourselves, in plain English, for people reading on a phone. We don’t sell anything and we don’t earn money from the shops we talk about.',
  reviewTitle: 'How lessons are checked and dated',
  review: [
    'Every fact in a lesson comes from a source listed under that lesson: the marketplace’s own help pages, government agencies such as the FTC, Report Fraud, Scamwatch and the Canadian Anti-Fraud Centre, and consumer groups such as Which? and Citizens Advice.',
    'Each lesson shows the day it was last reviewed. On that day someone read it against its sources and checked every address and number.',
    'Rules that change often, such as how long you have to open a dispute, are taught as “follow the timer on your order” instead of a number that may be out of date.',
    'An automatic check runs before every release. It fails if a lesson’s sources are not secure (https) or come from a copy of the marketplace’s help on someone else’s site, or if the text becomes too hard to read.',
  ],
  mistakeTitle: 'Found a mistake?',
  mistake:
    'Please tell us. Say which lesson and which sentence, and what you think is wrong. If you can, add a link to where you read the right answer. We check every report and fix real mistakes in the next release, with a new review date.',
  mistakeContact: 'Write to us:',
  mistakeNoContact: 'Use the contact details of the website that gave you this course.',
  licenceTitle: 'Licences',
  licenceCode: 'The code is free software under the MIT licence.',
  licenceContent:
    'The course text and pictures are shared under Creative Commons Attribution 4.0 (CC BY 4.0). You may copy and adapt them for any purpose, as long as you credit “Scamwise”, link to the licence and say what you changed.',
  licenceFile: 'The full text is in the LICENSE-CONTENT file that comes with the code.',
  trademarks:
    'AliExpress and Alibaba are trademarks of their owners. The practice screens in the course are drawn by us and only look like a generic marketplace.',
} as const;
