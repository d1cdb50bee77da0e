/** EMB-8: the embed host script publishers load stays under this many bytes gzip (build, size check and bench). */
export const hostScriptBudget = 1536;
