import { ProseRoute, proseMetadata } from '../prose-route';

// The text of this page is content/pages/accessibility.mdx.
export const generateMetadata = () => proseMetadata('accessibility');

export default function AccessibilityPage() {
  return <ProseRoute name="accessibility" />;
}
