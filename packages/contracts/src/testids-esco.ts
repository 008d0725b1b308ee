/** DOM test ids (`data-testid`) of issue 5's esco part. */
export const escoIds = {} as const;
