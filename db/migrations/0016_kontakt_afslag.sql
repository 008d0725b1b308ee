-- The citizen's reason for declining a contact request (docs/matching.md "Kontakt og samtykke"): optional, written
-- once when she declines, and for the jobcentre only. The employer sees the status "afvist" and never the reason:
-- job_ordre_kontakter (0015) names its columns and does not return it.
ALTER TABLE kontaktanmodning ADD COLUMN afslag_begrundelse text CHECK (length(afslag_begrundelse) <= 1000);
