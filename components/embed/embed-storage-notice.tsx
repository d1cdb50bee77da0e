import { embedText } from '@/lib/i18n/en/embed';
import { EmbedStorageStatus } from './embed-storage-status';

export type EmbedStorageNoticeProps = {
  /** The full-site page where progress can be kept (first-party storage). */
  href: string;
  linkText: string;
};

/**
 * The embed's storage notice (see embed-storage-status.tsx). A server component that hands the words to the client
 * part, so the embed catalogue is not bundled into every embed page (issue 13).
 */
export function EmbedStorageNotice({ href, linkText }: EmbedStorageNoticeProps) {
  return (
    <EmbedStorageStatus href={href} linkText={linkText} notice={embedText.storageNotice} newTab={embedText.newTab} />
  );
}
