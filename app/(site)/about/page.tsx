import { ProseRoute, proseMetadata } from '../prose-route';

// The text of this page is content/pages/about.mdx.
export const generateMetadata = () => proseMetadata('about');

export default function AboutPage() {
  return <ProseRoute name="about" />;
}
