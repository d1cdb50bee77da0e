/** Interface text for the status feature, English. */
export const statusText = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  loading: 'Checking…',
} as const;
