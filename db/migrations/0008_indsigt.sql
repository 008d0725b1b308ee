-- Min side (issue 7): indsigt.
SELECT 1;
