import { RestoreProgressCode } from '@/components/progress/restore-progress-code';
import { SaveProgressCode } from '@/components/progress/save-progress-code';
import { ProseRoute, proseMetadata } from '../prose-route';

// The text of this page is content/pages/progress.mdx; saving and restoring need no server (RELIABILITY STO-9).
export const generateMetadata = () => proseMetadata('progress');

export default function ProgressPage() {
  return <ProseRoute name="progress" islands={{ SaveProgressCode, RestoreProgressCode }} />;
}
