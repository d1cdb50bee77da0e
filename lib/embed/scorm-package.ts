/**
 * The text files of a SCORM 1.2 package (EMB-14), as a pure function of the lesson or exam and our origin, so the
 * build script and the unit test see the same thing. launch.js is added by scripts/build-scorm.ts.
 */
import { embedText } from '@/lib/i18n/en/embed';
import { scormText } from '@/lib/i18n/en/scorm';
import { embedAttribute } from './protocol';
import {
  embedPath,
  escapeHtml,
  frameTitle,
  fullPath,
  minimumHeight,
  sandboxTokens,
  startHeight,
  type CourseTarget,
} from './snippet';

export const scormPackagePath = (target: CourseTarget) =>
  target.kind === 'lesson' ? `/scorm/${target.slug}.zip` : '/scorm/exam.zip';

const titleOf = (target: CourseTarget) => (target.kind === 'lesson' ? target.title : embedText.examTitle);

export function manifest(target: CourseTarget, masteryScore: number): string {
  const id = target.kind === 'lesson' ? `scamwise-${target.slug}` : 'scamwise-exam';
  const title = escapeHtml(`${scormText.coursePrefix}${titleOf(target)}`);
  // The exam's pass mark, so the LMS can judge too; a lesson is complete when its questions are answered.
  const mastery = target.kind === 'exam' ? `\n        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
      <file href="index.html"/>
      <file href="launch.js"/>
    </resource>
  </resources>
</manifest>
`;
}

/** The launch page: the hosted embed in an iframe, with the same attributes as the publishers' snippet (EMB-1, EMB-7). */
export function launchPage(target: CourseTarget, origin: string): string {
  const title = escapeHtml(titleOf(target));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{margin:0;font:18px/1.5 system-ui,sans-serif}iframe{border:0;width:100%;min-height:${minimumHeight}px;display:block}p{margin:8px 16px}</style>
</head>
<body>
<iframe
  src="${escapeHtml(origin + embedPath({ target }))}"
  title="${escapeHtml(frameTitle(target))}"
  width="100%" height="${startHeight}"
  referrerpolicy="strict-origin-when-cross-origin"
  sandbox="${sandboxTokens}"
  data-scorm-kind="${target.kind}"
  ${embedAttribute}></iframe>
<p><a href="${escapeHtml(origin + fullPath(target))}" target="_blank" rel="noopener">${escapeHtml(scormText.openOutside)}</a></p>
<script src="launch.js"></script>
</body>
</html>
`;
}

export const scormPackage = (
  target: CourseTarget,
  { origin, masteryScore }: { origin: string; masteryScore: number },
) => ({
  'imsmanifest.xml': manifest(target, masteryScore),
  'index.html': launchPage(target, origin),
});
