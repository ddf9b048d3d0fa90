-- The lease that picks the one replica holding the Discord gateway and Slack's Socket Mode connection: the table
-- Spring Integration's DefaultLockRepository reads and writes (its INT_LOCK, same columns), in types that H2 and
-- PostgreSQL both take. Times are UTC wall-clock times written by the replicas (LocalDateTime in UTC), hence
-- TIMESTAMP without a time zone, as in Spring Integration's own schema files.
CREATE TABLE INT_LOCK (
    LOCK_KEY VARCHAR NOT NULL,
    REGION VARCHAR NOT NULL,
    CLIENT_ID VARCHAR,
    CREATED_DATE TIMESTAMP NOT NULL,
    EXPIRED_AFTER TIMESTAMP NOT NULL,
    CONSTRAINT INT_LOCK_PK PRIMARY KEY (LOCK_KEY, REGION));
