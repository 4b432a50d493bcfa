"""Trajectories and outcomes: each candidate's route to a job along six steps, how it ended,
and groups (pilot arms, a control group, cohorts) to compare.

`core` keeps and checks the records, `stats` counts (no pandas or Altair, so the command line
starts fast), `tables` reads the job company's registration export, `charts` and `report`
draw for the pages and the Word reports, `demo` makes the demo lab's trajectories."""
