-- Min side (issue 7): befordring.
SELECT 1;
