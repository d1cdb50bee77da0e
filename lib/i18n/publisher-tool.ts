import type { Localised } from './t';
import { publisherToolText as en } from './en/publisher-tool';

/** The publisher tool's messages by locale, for t(); it imports no other feature's catalogue. */
export const publisherToolMessages: Localised<typeof en> = { en };
