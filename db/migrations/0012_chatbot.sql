-- Min side (issue 7): chatbot.
SELECT 1;
