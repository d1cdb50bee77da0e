/**
 * How long a touch must rest on a mock link before its address shows, about what phones use for a long-press. Shared
 * by the live link preview and the input held before it is live, so both read the same gesture the same way.
 */
export const longPressMs = 500;
