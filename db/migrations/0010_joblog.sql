-- Min side (issue 7): joblog.
SELECT 1;
