"""The programme level: labs in several labour-market regions that learn together.

A programme groups labs (one per region or pilot), has a programme lead, pillars and learning
themes mapped to the codebook's themes. Each lab keeps its own data and access; the programme
sees aggregate counts of its member labs and what they chose to share, never sources, names or
answers.

- `setup`: programmes, members, pillars and themes;
- `permissions`: who sees which programme, who shares for a lab;
- `sharing`: what a lab shows its programme, and taking it back (audited in the lab);
- `crosslab`: the cross-lab picture per theme and pillar;
- `agenda`: the national learning agenda (drafts, questions, owners, actions, priorities);
- `meeting`: the national meeting (prioritisation by phone, table sessions);
- `report`: the programme and meeting reports;
- `demo`: the demo programme.
"""
