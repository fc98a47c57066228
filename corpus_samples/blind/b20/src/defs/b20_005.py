"""b20-005: medicaid, gaps: smoking_status conflict (current smoker), lot_number missing and
expiration_date missing on the DOS row (earlier weeks carry lots). Styles (7) weekly run sheet with a held
week and a Thursday make-up dose (= DOS) + (1) APIE nursing note; reference-lab report. Prolastin-C, J0256 JZ."""

CHART_ID = "b20-005"
DOS = "2026-01-15"
PAYER = {"profile": "medicaid", "name": "Harbor Health Plan (Medicaid MCO)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "99406", "units": 1, "modifiers": ["25"]},
]

D1 = """
WEEKLY INFUSION RUN SHEET - ALPHA-1 AUGMENTATION          Printed 01/15/2026 16:40
Patient: TREMBLAY, DOUGLAS R    MRN 61-448-202    DOB 09/03/1969    Sched: MONDAYS 1300
Therapy: Prolastin-C (lyophilized) 60 mg/kg IV weekly, round to whole 1,000 mg vials
Payer: Harbor Health Plan (Medicaid)   PA# 0025-771-0934 (01/01/2026 - 06/30/2026)
Prior PA# 0024-771-0511 expired 12/31/2025
Site: Bayview Community Infusion, pod B

Week of   | Day/Date      | Status     | Wt (kg) | Dose given | Lot / Exp                | Start | Stop | RN
----------+---------------+------------+---------+------------+--------------------------+-------+------+----
12/29/25  | Mon 12/29/25  | GIVEN      | 64.9    | 4,000 mg   | 11J2204 / 09-2026        | 1305  | 1321 | AL
01/05/26  | Mon 01/05/26  | GIVEN      | 64.5    | 4,000 mg   | 11J2204 / 09-2026        | 1310  | 1327 | AL
01/12/26  | Mon 01/12/26  | HELD       | 64.3    | 0          | n/a                      | --    | --   | KS
          |               | T 38.4 C, URI sx; per Dr. Varga hold, make-up when afebrile 48 h
01/12/26  | Thu 01/15/26  | GIVEN      | 64.1    | 4,000 mg   | see pharmacy label       | 1320  | 1338 | AL
          |               | MAKE-UP    |         |            | (not transcribed)        |       |      |
01/19/26  | Mon 01/19/26  | CANCELED   |         |            |                          |       |      |
          |               | too soon after make-up (4 days); MLK holiday, clinic closed
01/19/26  | Thu 01/22/26  | SCHEDULED  |         | 4,000 mg   |                          |       |      |
01/26/26  | Mon 01/26/26  | SCHEDULED  |         | 4,000 mg   |   resume Monday schedule |       |      |

Notes:
- Only one dose per calendar week. Make-up 01/15 counts for the week of 01/12.
- Pharmacy: 4 vials x 1,000 mg per dose; each vial labeled "1,000 mg functional A1PI".
- Premed: none. Reaction history: none since start 03/2023.
- 01/05: acetaminophen 650 mg PO for headache after infusion (lot 4HK0921).
RN key: AL = Ana Lozano, RN; KS = Kevin Shah, RN
"""

D2 = """
NURSING PROGRESS NOTE (APIE)              Bayview Community Infusion
Patient: Douglas R. Tremblay   DOB 09/03/1969   Date: 01/15/2026 14:02
Author: Ana Lozano, RN

A: 56 y/o M with alpha-1 antitrypsin deficiency and COPD/emphysema here for a
   make-up weekly Prolastin-C infusion; Monday 01/12 dose held for fever
   38.4 C and URI symptoms. Today afebrile x 72 h: T 36.8 C, HR 88, BP 134/86,
   RR 18, SpO2 93% RA. Cough improved, sputum clear. Wt 64.1 kg.
   Tobacco: current some-day smoker, ~5 cigarettes/day; says he is "cutting
   down" (was 1 ppd in 2022). Vapes occasionally.
P: 1) Safe administration of weekly A1PI. 2) Risk for infection - recent URI.
   3) Tobacco use - readiness to quit.
I: PIV 22 g L AC x1 attempt 1312, flushed 10 mL NS. Prolastin-C 4,000 mg IV
   (4 vials x 1,000 mg, reconstituted per package insert) started at 1320 via
   pump ~0.08 mL/kg/min. Infusion finished 1338; all four vials infused, no
   drug discarded. Line flushed 10 mL NS; PIV out 1346. Smoking cessation
   counseling 5 min (quitline card, NRT discussed, pt to ask PCP re
   varenicline). Reviewed fever precautions.
E: Tolerated infusion without flushing, rash or dyspnea; post VS 1340 T 36.9,
   HR 86, BP 130/84, SpO2 94%. Pt states he has had "way fewer flare-ups"
   since starting weekly infusions (1 exacerbation in 2025 vs 3 in 2022),
   which he credits to the augmentation. Next: Thu 01/22, then back to Mondays.

Ana Lozano, RN   01/15/2026 14:02
"""

D3 = """
LAB REPORT                         Northshore Reference Laboratory
Patient: TREMBLAY, DOUGLAS R   DOB 09/03/1969   Sex: M
Collected: 02/16/2023 09:14   Received: 02/16/2023 15:40   Reported: 02/22/2023
Ordering: VARGA, ISTVAN MD (Pulmonology)

Test                                Result      Flag   Reference       Units
Alpha-1-Antitrypsin, S (nephel.)    26          L      90-200          mg/dL
C-Reactive Protein                  1.4                0.0-8.0         mg/L
SERPINA1 genotyping (PCR)
  PI*S allele (c.863A>T)            Not detected
  PI*Z allele (c.1096G>A)           DETECTED, homozygous
  Interpretation: PI*ZZ genotype, consistent with severe alpha-1 antitrypsin
  deficiency. This assay detects S and Z only; null and rare alleles are not
  excluded.
Comment: Levels below 57 mg/dL (11 umol/L) are associated with increased
emphysema risk. Augmentation may raise subsequent results.
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-01-15", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-01-15", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2023-02-22", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "alpha-1 antitrypsin deficiency and COPD/emphysema"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "PI*ZZ genotype"},
    {"kind": "serum_aat", "value": 26, "unit": "mg/dL", "_doc": "d3", "_ev": "Alpha-1-Antitrypsin, S (nephel.)    26"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "COPD/emphysema"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "COPD/emphysema"},
    {"kind": "weight", "value": 64.9, "unit": "kg", "value_kg": 64.9, "_date": "2025-12-29", "_doc": "d1", "_ev": "GIVEN      | 64.9"},
    {"kind": "weight", "value": 64.5, "unit": "kg", "value_kg": 64.5, "_date": "2026-01-05", "_doc": "d1", "_ev": "GIVEN      | 64.5"},
    {"kind": "weight", "value": 64.3, "unit": "kg", "value_kg": 64.3, "_date": "2026-01-12", "_doc": "d1", "_ev": "HELD       | 64.3"},
    {"kind": "weight", "value": 64.1, "unit": "kg", "value_kg": 64.1, "_date": "2026-01-15", "_doc": "d2", "_ev": "Wt 64.1 kg"},
    {"kind": "dose", "value": 4000, "_doc": "d2", "_ev": "Prolastin-C 4,000 mg IV"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "no\n   drug discarded"},
    {"kind": "infusion_start", "value": "13:20", "_doc": "d2", "_ev": "started at 1320"},
    {"kind": "infusion_end", "value": "13:38", "_doc": "d2", "_ev": "Infusion finished 1338"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "\"way fewer flare-ups\"\n   since starting weekly infusions"},
    {"kind": "prior_authorization", "value": "0025-771-0934", "_doc": "d1", "_ev": "PA# 0025-771-0934"},
    {"kind": "prior_authorization", "value": "0024-771-0511", "_doc": "d1", "_ev": "Prior PA# 0024-771-0511 expired"},
    {"kind": "drug_product", "value": "Prolastin-C", "_dos": True, "_doc": "d1", "_ev": "Therapy: Prolastin-C (lyophilized)"},
    {"kind": "smoking_status", "value": "current", "_doc": "d2", "_ev": "current some-day smoker"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "missing", "expiration_date": "missing", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
    "smoking_status": "conflict",
}

NOTES = """
Gaps: smoking_status conflict (current some-day smoker, ~5 cigarettes/day), lot_number and expiration_date
missing for the DOS (run-sheet row 'see pharmacy label (not transcribed)'; the APIE note gives no lot).
The DOS is the Thursday make-up (01/15) for the held Monday 01/12 week. Traps: lot 11J2204 / 09-2026 and
times of 12/29 and 01/05 rows; held row weight 64.3 kg (historical weight, listed) with 'Dose 0'; scheduled
01/22 and 01/26 doses (plans); canceled 01/19; PIV 1312 and out 1346; acetaminophen lot; lab comment
threshold '57 mg/dL (11 umol/L)'; CRP; 'was 1 ppd in 2022' describes the amount smoked, not a former status.
Two PA numbers: the current one and an expired prior one, both PA findings (requirement met either way).
"""

ARITH = {
    "weight_kg": 64.1, "weight_source": "d2 APIE / d1 make-up row",
    "dose_mg": 4000, "target_mg": 3846.0, "pct_diff": 4.0, "within_10pct": True,
    "claim": [{"hcpcs": "J0256", "modifiers": ["JZ"], "billed": 400, "expected": 400}],
    "waste_mg": 0, "jw_units_expected": 0,
    "lots": [],
}
