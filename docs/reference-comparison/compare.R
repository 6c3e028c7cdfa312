# Compares the true, psych and Plume parameters. Usage: Rscript compare.R <output directory>
out <- commandArgs(trailingOnly = TRUE)[1]
reference <- read.csv(file.path(out, "psych.csv"))
plume <- read.csv(file.path(out, "plume.csv"))
d <- merge(reference, plume, by = "item")
rmse <- function(x, y) sqrt(mean((x - y)^2))
row <- function(name, a, b) sprintf("| %s | %.3f | %.3f | %.3f | %.3f |", name, cor(a, d$true_a), rmse(a, d$true_a),
                                     cor(b, d$true_b), rmse(b, d$true_b))
cat("| estimates | r(a, true) | RMSE(a) | r(b, true) | RMSE(b) |\n|---|---|---|---|---|\n")
cat(row("Plume MML-EM", d$plume_a, d$plume_b), "\n")
cat(row("psych::irt.fa", d$psych_a, d$psych_b), "\n")
cat(sprintf("\nPlume vs psych: r(a) = %.3f, r(b) = %.3f, mean |Δb| = %.3f, mean |Δa| = %.3f\n",
            cor(d$plume_a, d$psych_a), cor(d$plume_b, d$psych_b), mean(abs(d$plume_b - d$psych_b)),
            mean(abs(d$plume_a - d$psych_a))))
