/** The large action buttons and button-like links of the pre-check, shared by its start screen and its result. */
export const actionClass =
  'inline-flex min-h-12 items-center rounded-md px-5 text-lg font-semibold no-underline hover:underline';
