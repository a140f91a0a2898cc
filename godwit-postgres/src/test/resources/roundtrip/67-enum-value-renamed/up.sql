
-- 1. rename value 'calm' of enum type mood to 'serene'
ALTER TYPE mood RENAME VALUE 'calm' TO 'serene';
