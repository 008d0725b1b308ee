/** DOM test ids (`data-testid`) of issue 5's jobordre part. */
export const jobordreIds = {} as const;
