/**
 * The script of a SCORM package's launch page (EMB-14), bundled into launch.js by scripts/build-scorm.ts. The page
 * frames our HOSTED embed (its src is absolute, from SITE_URL at build time), runs the host side of the embed
 * protocol for it, and reports the embed's events to the LMS through the SCORM 1.2 API:
 *   lesson: lesson-started → incomplete, lesson-completed → completed
 *   exam:   exam-scored → cmi.core.score.raw and passed / failed
 * and LMSFinish when the learner leaves. Without an LMS (no API found) it is a plain embed.
 */
import { startHost } from './host-core';
import { messagePrefix, embedAttribute } from './protocol';
import { findScormApi, startScormSession, type ScormKind } from './scorm';

const frame = document.querySelector<HTMLIFrameElement>(`iframe[${embedAttribute}]`);
if (frame) {
  const kind: ScormKind = frame.getAttribute('data-scorm-kind') === 'exam' ? 'exam' : 'lesson';
  const session = startScormSession(findScormApi(window), kind);
  // The events the host side re-dispatches on the iframe, already validated (origin, source, shape: EMB-2).
  frame.addEventListener(messagePrefix + 'lesson-started', () => session.lessonStarted());
  frame.addEventListener(messagePrefix + 'lesson-completed', () => session.lessonCompleted());
  frame.addEventListener(messagePrefix + 'exam-scored', (event) => {
    const { score, passed } = (event as CustomEvent<{ score: number; passed: boolean }>).detail;
    session.examScored(score, passed);
  });
  // pagehide also covers the LMS closing the window or replacing the frame; finish() runs once.
  addEventListener('pagehide', () => session.finish());
  addEventListener('beforeunload', () => session.finish());
  startHost(new URL(frame.src).origin);
}
