-- Min side (issue 7): minside.
SELECT 1;
