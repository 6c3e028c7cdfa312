# Reference comparison for the MML-EM calibrator (docs/assessment-engine.md).
# Simulates a complete 2PL data set (logistic metric), writes it, fits it with psych::irt.fa
# (factor analysis of tetrachoric correlations, converted to IRT parameters) and writes both the
# true and the reference parameters.
# Usage: Rscript simulate-and-fit.R <output directory>
suppressPackageStartupMessages(library(psych))
out <- commandArgs(trailingOnly = TRUE)[1]
set.seed(16)
persons <- 2000
items <- 40
a <- pmin(2.5, pmax(0.5, exp(rnorm(items, 0.2, 0.25))))
b <- rnorm(items, 0, 1)
theta <- rnorm(persons)
p <- plogis(outer(theta, a) - matrix(a * b, persons, items, byrow = TRUE))
x <- (matrix(runif(persons * items), persons, items) < p) * 1L
colnames(x) <- sprintf("item%02d", seq_len(items))
write.csv(x, file.path(out, "responses.csv"), row.names = FALSE)
started <- Sys.time()
fit <- irt.fa(x, plot = FALSE)
seconds <- as.numeric(difftime(Sys.time(), started, units = "secs"))
alpha <- fit$irt$discrimination[, 1]
delta <- fit$irt$difficulty[[1]]
# normal-ogive P = Φ(α θ − δ): b = δ / α; logistic a ≈ 1.702 α
reference <- data.frame(item = colnames(x), true_a = a, true_b = b, psych_a = 1.702 * alpha, psych_b = delta / alpha)
write.csv(reference, file.path(out, "psych.csv"), row.names = FALSE)
cat(sprintf("psych::irt.fa %s: %.2f s\n", packageVersion("psych"), seconds))
