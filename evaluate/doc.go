// Package evaluate measures how well leadlint's scores agree with people's
// judgements: it reads labelled text (TSV with a `label<TAB>text` header)
// and computes classification metrics (per-class precision, recall and F1,
// macro-F1, confusion matrix), ROC AUC and Spearman correlation.
package evaluate
