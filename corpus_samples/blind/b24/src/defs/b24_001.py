"""b24-001: medicare, complete. Styles (1) Epic Beacon therapy-plan treatment record (non-oncology
plan, planned vs given, dose-modification rows, Sign/Release events, MAR block under the plan
medication) + (4) physician note with parenthetical inline lists. Zemaira 3,942 + 958 mg
actual-potency = 4,900 mg, J0256 490 JZ."""

CHART_ID = "b24-001"
DOS = "2026-03-10"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 490, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "J8499", "units": 1, "modifiers": []},
]

D1 = """
Lakeshore Regional Health - Infusion Center 3B                      Printed: 03/10/2026 10:31
TREATMENT PLAN - TREATMENT DAY SUMMARY (Beacon)                     Page 1 of 2
Patient: DELACROIX, MAURICE A   MRN: 30571846   DOB: 04/17/1956 (69 y)   Sex: M
------------------------------------------------------------------------------------------
Therapy plan: ALPHA-1 ANTITRYPSIN Q7D, Cycle 38 Day 1
Plan category: Non-oncology therapy plan        Plan provider: Abena Nwachukwu, MD (Pulmonary)
Plan start: 06/10/2025    Frequency: every 7 days    Cycles planned: 52    Plan status: Active
Linked diagnoses: E88.01 Alpha-1-antitrypsin deficiency; J43.1 Panlobular emphysema
Authorization: Medicare Part B - no auth on file (not required)
Treatment date: 03/10/2026      Chair: 14      Primary RN: Kirsten Ostrander, RN

TREATMENT DAY EVENTS - C38D1
  03/09/26 16:44  Sign          Day 1 orders signed ...................... Nwachukwu, Abena, MD
  03/10/26 08:36  Arrived       Checked in ............................... Front desk 3B
  03/10/26 08:44  Height/Weight Wt 81.2 kg  Ht 177.8 cm (dosing weight) .. Ostrander, K, RN
  03/10/26 08:52  Release       Day 1 orders released to pharmacy ........ Ostrander, K, RN
  03/10/26 08:59  Verify        Pharmacist verification .................. Haddad, Rami, PharmD
  03/10/26 09:27  Dispense      Zemaira kit + vial sent to chair 14 ...... Pharmacy 3B
  03/10/26 10:16  Discharged    Ambulatory, with spouse .................. Ostrander, K, RN

TREATMENT PARAMETERS
  Hold and notify plan provider if: temp >= 38.0 C; acute exacerbation on current
  antibiotic/steroid course; SBP < 90; new dyspnea at rest.
  Reassess dosing weight each cycle; recalculate dose if change >= 2% from dosing weight.

DOSE MODIFICATIONS
  Cycle  Medication                  From       To         Reason                                  By
  C37D1  alpha-1-PI (ZEMAIRA)        5,000 mg   4,900 mg   Wt 83.4 kg (12/09/25) -> 81.2 kg (-2.6%) Nwachukwu MD 03/03/26
  C38D1  --                          --         --         No modification this cycle              --

PLANNED vs GIVEN - C38D1
  Medication                               Planned                    Given            Variance
  acetaminophen (TYLENOL) tab              650 mg PO x1               650 mg @ 09:14   --
  diphenhydramine (BENADRYL) inj           25 mg IV PRN reaction      not given        --
  alpha-1-proteinase inhibitor (ZEMAIRA)   60 mg/kg x 81.2 kg         4,900 mg         +0.6% (actual-
                                           = 4,872 mg                                  potency vials)
  sodium chloride 0.9% flush               10 mL pre/post             10 mL x2         --

MAR - alpha-1-proteinase inhibitor, human (ZEMAIRA) 4,900 mg IV (pooled, 98 mL), once
  Action      Date/Time          Dose       Rate         Site        Performed by
  New Bag     03/10/26 09:41     4,900 mg   6.5 mL/min   L forearm   K. Ostrander, RN
  Stopped     03/10/26 09:57     --         --           --          K. Ostrander, RN
  Product     Kit 4 g   Lot P100662913   Exp 10/31/2027   Labeled 3,942 mg
  Product     Vial 1 g  Lot P100648207   Exp 06/30/2027   Labeled 958 mg
  Waste       0 mg - kit and vial infused in full
  Filter      5 micron in-line.  Line: PIV 22g L FA placed 09:22, removed 10:06, cath intact.
  Comment     Reconstituted w/ Mix2Vial 09:31 (SWFI lots 2510B, 2512A), pooled to empty bag.
              No s/sx of reaction during or after infusion.

MAR - acetaminophen (TYLENOL) 650 mg PO    Given 03/10/26 09:14   Lot 3PK118   K. Ostrander, RN

VITALS
  Time    BP       HR   RR   Temp     SpO2
  08:44   134/80   76   18   36.7 C   93% RA
  09:50   130/76   72   18   36.8 C   94% RA
  10:10   128/78   70   16   --       94% RA

CYCLE HISTORY (last 3 given)
  C35D1  02/17/26  5,000 mg  Lot P100631177          dosing wt 83.4 kg
  C36D1  02/24/26  5,000 mg  Lot P100631177/0631180  dosing wt 83.4 kg
  C37D1  03/03/26  4,900 mg  Lot P100648207/0662911  dosing wt 81.2 kg

NEXT: C39D1 scheduled 03/17/2026 09:00 (planned alpha-1-PI 4,900 mg)

Signed: Kirsten Ostrander, RN   03/10/2026 10:29
"""

D2 = """
LAKESHORE PULMONARY ASSOCIATES - OFFICE VISIT (seen in infusion chair)
Date: 02/17/2026      Provider: Abena Nwachukwu, MD
Patient: Maurice A. Delacroix    DOB 04/17/1956    MRN 30571846

Reason for visit: 6-month follow-up, AATD on weekly augmentation.

Subjective: 69M with AATD (PI*ZZ, dx 2019 during w/u of early-onset emphysema), on Zemaira
since 06/2025. Walks 30 min most days, mMRC 1 (was 2 at plan start). Exacerbations (1 in past
12 mo - Nov 2025, outpatient prednisone 40 mg x 5 d; 3 in the year before augmentation).
No infusion reactions, no ED visits. Tobacco (former, 30 pk-yr, quit 2012). EtOH (rare).
Family (brother PI*MZ, AAT 94 mg/dL; daughter not yet tested - offered).

Current meds (Trelegy 100/62.5/25 1 inh daily; albuterol HFA PRN ~1x/wk; atorvastatin 20 mg;
Zemaira 60 mg/kg IV q7d via Beacon plan).

Objective: Vitals (T 36.8, HR 74, BP 132/78, RR 16, SpO2 93% RA, Wt 82.0 kg).
Lungs (diminished at bases, no wheeze, no crackles). Ext (no edema, no clubbing).

Data: Baseline labs 08/2019 (AAT 31 mg/dL [ref 100-190], PI*ZZ, IgA 188 mg/dL).
On-therapy trough (AAT 112 mg/dL, drawn 01/27/2026 pre-infusion).
CT chest (03/2024: panlobular emphysema, lower-lobe predominant, no nodule).
PFTs today (FEV1 1.52 L, 44% pred; FVC 3.40 L; FEV1/FVC 0.45; DLCO 51%).
Prior PFTs (08/2025: FEV1 1.55 L, 45% pred).

Assessment/Plan:
1. AATD, PI*ZZ, with panlobular emphysema - responding to augmentation: FEV1 essentially
   unchanged over 6 mo (-30 mL), exacerbations down from 3/yr to 1, exercise tolerance better.
   Continue Zemaira 60 mg/kg IV weekly. Infusion today (Zemaira 5,000 mg, lot P100631177,
   exp 04/30/2027, 09:38-09:56, no reaction).
   Dosing weight 83.4 kg still within 2% of today's - no recalculation yet; pharmacy to
   recalc if wt change >= 2% (would be ~4,920 mg at today's weight).
2. Maintenance inhaled therapy - continue Trelegy; maintenance pulm rehab 2x/wk.
3. Health maintenance (influenza 10/2025; RSV 2024; PCV20 2023).
RTC 6 months with full PFTs, sooner PRN.

Electronically signed: Abena Nwachukwu, MD  02/17/2026 17:05
"""

D3 = """
NORTHSHORE REFERENCE LABORATORY                                   FINAL REPORT
Patient: DELACROIX, MAURICE A     DOB: 04/17/1956     Sex: M     Acct: 88-4410273
Collected: 08/05/2019 07:42   Received: 08/05/2019 11:10   Reported: 08/12/2019 15:03
Ordering: Abena Nwachukwu, MD     Lakeshore Pulmonary Associates

Test                                   Result    Flag   Units    Reference
Alpha-1-Antitrypsin, Serum (neph)      31        L      mg/dL    100-190
C-Reactive Protein, Serum              2.4              mg/L     <8.0
IgA, Serum                             188              mg/dL    70-400

SERPINA1 GENOTYPING (S and Z alleles), real-time PCR
  PI*S  (c.863A>T, p.Glu288Val) ........ Not detected
  PI*Z  (c.1096G>A, p.Glu366Lys) ....... Detected, homozygous
  Genotype ............................. PI*ZZ
Interpretation: Homozygous for the Z allele, consistent with severe alpha-1 antitrypsin
deficiency. This assay detects only the S and Z alleles; null and rare alleles are not
excluded. Genetic counseling is recommended; first-degree relatives may be offered testing.

Verified by: L. Mbeki, MLS(ASCP)   08/12/2019 15:01
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-10", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-17", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2019-08-12", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "E88.01 Alpha-1-antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "Genotype ............................. PI*ZZ"},
    {"kind": "serum_aat", "value": 31, "unit": "mg/dL", "_doc": "d3", "_ev": "(neph)      31        L      mg/dL"},
    {"kind": "serum_aat", "value": 112, "unit": "mg/dL", "_doc": "d2", "_ev": "AAT 112 mg/dL, drawn 01/27/2026 pre-infusion"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "J43.1 Panlobular emphysema"},
    {"kind": "weight", "value": 81.2, "unit": "kg", "value_kg": 81.2, "_date": "2026-03-10", "_doc": "d1", "_ev": "Wt 81.2 kg  Ht 177.8 cm (dosing weight)"},
    {"kind": "weight", "value": 82.0, "unit": "kg", "value_kg": 82.0, "_date": "2026-02-17", "_doc": "d2", "_ev": "Wt 82.0 kg"},
    {"kind": "weight", "value": 83.4, "unit": "kg", "value_kg": 83.4, "_date": "2025-12-09", "_doc": "d1", "_ev": "Wt 83.4 kg (12/09/25)"},
    {"kind": "dose", "value": 4900, "_doc": "d1", "_ev": "New Bag     03/10/26 09:41     4,900 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "Waste       0 mg - kit and vial infused in full"},
    {"kind": "lot_number", "value": "P100662913", "_doc": "d1", "_ev": "Lot P100662913"},
    {"kind": "lot_number", "value": "P100648207", "_doc": "d1", "_ev": "Vial 1 g  Lot P100648207"},
    {"kind": "expiration_date", "value": "2027-10-31", "_doc": "d1", "_ev": "Lot P100662913   Exp 10/31/2027"},
    {"kind": "expiration_date", "value": "2027-06-30", "_doc": "d1", "_ev": "Lot P100648207   Exp 06/30/2027"},
    {"kind": "infusion_start", "value": "09:41", "_doc": "d1", "_ev": "New Bag     03/10/26 09:41"},
    {"kind": "infusion_end", "value": "09:57", "_doc": "d1", "_ev": "Stopped     03/10/26 09:57"},
    {"kind": "fev1", "value": 44, "_doc": "d2", "_ev": "FEV1 1.52 L, 44% pred"},
    {"kind": "fev1", "value": 45, "_doc": "d2", "_ev": "FEV1 1.55 L, 45% pred"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "responding to augmentation: FEV1 essentially\n   unchanged over 6 mo (-30 mL), exacerbations down from 3/yr to 1"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "Tobacco (former, 30 pk-yr, quit 2012)"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d1", "_ev": "alpha-1-proteinase inhibitor, human (ZEMAIRA) 4,900 mg IV"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-03-10",
    "weight": {"value": 81.2, "unit": "kg", "kg": 81.2, "date": "2026-03-10"},
    "dose_mg": 4900,
    "target_mg": 4872.0,
    "tolerance_mg": 487.2,
    "deviation_pct": 0.57,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 490,
    "units_billed": 490,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-10-31", "2027-06-30"],
    "expiration_ok": True,
}

NOTES = """
Complete. Beacon therapy plan C38D1: given 4,900 mg (3,942 + 958 mg actual-potency Zemaira), MAR
New Bag 09:41 / Stopped 09:57, waste 0, JZ 490. Traps: Sign/Release/Verify/Dispense/arrival/
discharge event times, PIV 09:22/10:06, reconstitution 09:31, vitals times; planned 60 mg/kg x
81.2 kg = 4,872 mg; dose modification 5,000 -> 4,900 mg (C37D1) with the 12/09/25 weight 83.4 kg
(listed as a weight); cycle-history rows (5,000 mg, other lots); next cycle planned 4,900 mg;
acetaminophen 650 mg with lot 3PK118; SWFI lots; the 02/17 infusion in the office note (5,000 mg,
lot P100631177, exp 04/30/2027, 09:38-09:56) is not the DOS; ~4,920 mg hypothetical recalc;
brother PI*MZ 94 mg/dL; reference 100-190; on-therapy trough 112 mg/dL listed (baseline 31 meets).
"No s/sx of reaction" is a tolerance remark, not the response finding (response is in the note).
"""
