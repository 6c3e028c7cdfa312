-- Distractor analysis kept with each run's item (issue 16): for a single-choice item, per option
-- (in the item's order) how many chose it, the mean EAP θ̂ of those who did and the point-biserial
-- between choosing it and θ̂; the key's index. NULL for other items.
ALTER TABLE psychometrics_item_estimate
    ADD COLUMN option_key            INT,
    ADD COLUMN option_counts         INT[],
    ADD COLUMN option_mean_theta     DOUBLE PRECISION[],
    ADD COLUMN option_point_biserial DOUBLE PRECISION[];
