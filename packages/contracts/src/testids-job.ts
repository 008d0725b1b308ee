/** DOM test ids (`data-testid`) of issue 5's job part. */
export const jobIds = {} as const;
