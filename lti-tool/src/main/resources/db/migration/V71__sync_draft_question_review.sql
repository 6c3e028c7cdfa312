-- The review of a harvested question: who decided, when, and the bank item it became.
ALTER TABLE sync_draft_question
    ADD COLUMN item_id     UUID,
    ADD COLUMN reviewed_by VARCHAR(100),
    ADD COLUMN reviewed_at TIMESTAMPTZ,
    ADD CONSTRAINT sync_draft_question_review CHECK (review_status IN ('PENDING', 'ACCEPTED', 'REJECTED'));
