import Link from 'next/link';
import { ui } from '@/lib/ui-strings';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{ui.notFound.title}</h1>
      <p>{ui.notFound.body}</p>
      <p>
        <Link href="/">{ui.notFound.home}</Link>
      </p>
    </div>
  );
}
