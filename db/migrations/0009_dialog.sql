-- Min side (issue 7): dialog.
SELECT 1;
