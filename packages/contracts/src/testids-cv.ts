/** DOM test ids (`data-testid`) of issue 5's cv part. */
export const cvIds = {} as const;
