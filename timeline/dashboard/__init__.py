"""The Dash dashboard, split by feature: filters, figures, table, detail, review, upload, downloads."""
