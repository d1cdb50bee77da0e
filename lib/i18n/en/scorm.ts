/** Text inside the SCORM packages for LMSs (lib/embed/scorm-package.ts, EMB-14). */
export const scormText = {
  /** Before the lesson title in the LMS's course list. */
  coursePrefix: 'Scamwise: ',
  openOutside: 'Trouble seeing the lesson? Open it on the Scamwise website (new tab)',
} as const;
