# b22-009  commercial  NEGATIVE CONTROL (A1PI held that day)  styles (2) chair-time / charge capture + (4) inline prior values
# Febrile visit: Prolastin-C held; NS 1 L, ondansetron push, acetaminophen PO given. Claim has no A1PI line.

CHART_ID = "b22-009"
DOS = "2026-01-20"
PAYER = {"profile": "commercial", "name": "Cobalt Health PPO"}
PRIOR_AUTH = "CHP-PA-2025-119034"
CLAIM_LINES = [
    {"hcpcs": "96374", "units": 1, "modifiers": []},
    {"hcpcs": "96361", "units": 1, "modifiers": []},
    {"hcpcs": "J2405", "units": 4, "modifiers": []},
    {"hcpcs": "J7030", "units": 1, "modifiers": []},
]

D1 = """
HARBORVIEW OUTPATIENT INFUSION - CHAIR TIME & CHARGE CAPTURE
Date 01/20/2026   Chair 11   RN: P. Okonkwo   Attending by phone: C. Nwosu, MD (Pulm)
Patient: VENTIMIGLIA, GLORIA   MRN 8812045   DOB 07/28/1962
Payer: Cobalt Health PPO    Auth CHP-PA-2025-119034 (Prolastin-C, 06/02/2025-06/01/2026)

CHAIR      in 09:32     out 11:24     total 112 min

LINE  DRUG / FLUID                    ORDERED       GIVEN     START   STOP    CODE(S)
----  ------------------------------  ------------  --------  ------  ------  ------------------
 1    Prolastin-C 60 mg/kg IV         5,000 mg      HELD      --      --      none
      (5 x 1,000 mg vials)            (standing)
      -> held per Dr. Nwosu 09:48 (T 38.6, HR 104). Pharmacy called 09:50 before
         compounding; product not dispensed. No A1PI charge.
 2    Acetaminophen 1,000 mg PO       1,000 mg      1,000 mg  09:55   --      not billed (PO)
 3    Ondansetron 4 mg IV push        4 mg          4 mg      10:02   10:04   96374 x1, J2405 x4
      (nausea, vomited x1 at home)
 4    0.9% NaCl 1,000 mL IV           1,000 mL      1,000 mL  10:05   11:10   96361 x1, J7030 x1
      (hydration, poor PO x2 days)
 5    CBC, BMP, blood cx x2 drawn     --            --        09:58   --      lab (separate)

CODER REVIEW 01/21 (S. Yamada, CCS): hydration first keyed 96360 -> changed to 96361;
the ondansetron push is the initial service per the hierarchy. A1PI line has no
charge (held). Total drug/admin lines: 96374, 96361, J2405 x4, J7030 x1.

DISCHARGE 11:24: T 37.9, HR 92, SpO2 93% RA. To ED? - no, per Dr. Nwosu: CXR today at
imaging, start doxycycline 100 mg BID if CXR negative for consolidation; reschedule A1PI
for 01/23/2026 if afebrile 24 h.     P. Okonkwo, RN
"""

D2 = """
NURSING PROGRESS NOTE - INFUSION                                  01/20/2026 11:31
VENTIMIGLIA, Gloria   63 F   MRN 8812045
Reason for visit: weekly Prolastin-C (AATD PI*ZZ). HELD today - febrile.

Pt reports 2 days of chills, cough with yellow sputum (was clear), one episode of emesis
last night. No sick contacts except grandson with a cold.
  T 38.6 °C ↑ (36.8 on 01/13)      HR 104 ↑ (prev 78)      RR 22 (prev 16)
  BP 108/66 ↓ (prev 124/76)        SpO2 91 % RA ↓ (prev 95 %)
  Wt 81.3 kg (prev 82.9 kg 01/13)  Δ -1.6 kg ↓
  Lungs: coarse crackles R base - new; L clear.
  Last A1PI 01/13/2026: Prolastin-C 5,000 mg, lot 27K1PX8, 09:58-10:31 (no reaction).
Called Dr. Nwosu 09:48: hold augmentation today, fluids + antiemetic, labs, CXR; possible
pneumonia vs bronchitis. Pt agrees. Given acetaminophen 1 g PO 09:55, ondansetron 4 mg IV
10:02, NS 1 L 10:05-11:10. Nausea resolved, tolerating sips.
Education: call for T > 38.5 after acetaminophen, SOB, or confusion; ED precautions.
Plan: make-up infusion 01/23 if afebrile; full dose would be ~4,900 mg at today's weight.
P. Okonkwo, RN
"""

D3 = """
PULMONARY - OUTPATIENT PROGRESS NOTE                               12/16/2025
Patient: Gloria Ventimiglia   63 F         Provider: Chidi Nwosu, MD
Dx: alpha-1 antitrypsin deficiency (E88.01), PI*ZZ; emphysema (J43.1)

Interval: On Prolastin-C weekly since 2022. Stable on augmentation: no exacerbations in
the past 12 months (was 3 in 2021), FEV1 unchanged. Lifelong never smoker.

Trends                 today           prior            earlier
  Wt                   83.4 kg         84.0 kg (06/25)  85.2 kg (12/24)
  FEV1 post-BD         1.21 L (49 %)   1.23 L (50 %)    1.22 L (49 %)
  DLCO                 47 %            48 %             --
  6MWD                 402 m           395 m            410 m
  AAT trough           17.1 µM (↑ from 16.2 µM)
Baseline AAT 26 mg/dL (2021, nephelometry); phenotype ZZ by IEF, genotype PI*ZZ.

Meds: Prolastin-C IV weekly; Trelegy 1 inh daily; albuterol prn; montelukast 10 mg;
      alendronate weekly. Exam: mild expiratory wheeze, no crackles.

A/P: 1) AATD ZZ / emphysema - continue Prolastin-C 60 mg/kg IV weekly; Cobalt auth
CHP-PA-2025-119034 through 06/01/2026. 2) Flu shot given today. 3) Daughter (35) PI*MZ,
AAT 101 mg/dL - reassured. RTC 6 mo.          C. Nwosu, MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-01-20", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-01-20", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-12-16", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency (E88.01)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "genotype PI*ZZ"},
    {"kind": "serum_aat", "value": 26, "unit": "mg/dL", "_doc": "d3", "_ev": "Baseline AAT 26 mg/dL", "_method": "nephelometry"},
    {"kind": "serum_aat", "value": 17.1, "unit": "uM", "_doc": "d3", "_ev": "AAT trough           17.1 µM"},
    {"kind": "serum_aat", "value": 16.2, "unit": "uM", "_doc": "d3", "_ev": "↑ from 16.2 µM"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "emphysema (J43.1)"},
    {"kind": "weight", "value": 81.3, "unit": "kg", "value_kg": 81.3, "_doc": "d2", "_ev": "Wt 81.3 kg", "_date": "2026-01-20"},
    {"kind": "weight", "value": 82.9, "unit": "kg", "value_kg": 82.9, "_doc": "d2", "_ev": "prev 82.9 kg 01/13", "_date": "2026-01-13"},
    {"kind": "weight", "value": 83.4, "unit": "kg", "value_kg": 83.4, "_doc": "d3", "_ev": "83.4 kg", "_date": "2025-12-16"},
    {"kind": "weight", "value": 84.0, "unit": "kg", "value_kg": 84.0, "_doc": "d3", "_ev": "84.0 kg (06/25)", "_date": "2025-06-15"},
    {"kind": "weight", "value": 85.2, "unit": "kg", "value_kg": 85.2, "_doc": "d3", "_ev": "85.2 kg (12/24)", "_date": "2024-12-15"},
    {"kind": "fev1", "value": 49, "_doc": "d3", "_ev": "1.21 L (49 %)"},
    {"kind": "fev1", "value": 50, "_doc": "d3", "_ev": "1.23 L (50 %)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "Stable on augmentation: no exacerbations in\nthe past 12 months"},
    {"kind": "prior_authorization", "value": "CHP-PA-2025-119034", "_doc": "d3", "_ev": "Cobalt auth\nCHP-PA-2025-119034"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "Lifelong never smoker"},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d3", "_ev": "On Prolastin-C weekly since 2022"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "missing",
    "dose_matches_weight": "missing", "units_match_dose": "not_applicable", "wastage_documented": "missing",
    "lot_number": "missing", "expiration_date": "missing", "infusion_times": "missing",
    "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "not_applicable",
    "smoking_status": "met", "fev1_range": "met",
}

ARITH = {"dos": DOS, "administered": False, "reason": "negative control: A1PI held (fever)"}

TRAPS = [
    ("d1", "5,000 mg      HELD", "ordered dose, held"),
    ("d1", "10:05   11:10", "hydration times"),
    ("d1", "10:02   10:04", "ondansetron push times"),
    ("d1", "reschedule A1PI\nfor 01/23/2026", "plan"),
    ("d1", "doxycycline 100 mg BID", "other drug, conditional"),
    ("d2", "Prolastin-C 5,000 mg, lot 27K1PX8, 09:58-10:31", "last week's administration"),
    ("d2", "~4,900 mg at today's weight", "hypothetical make-up dose"),
    ("d2", "possible\npneumonia vs bronchitis", "uncertain dx"),
    ("d3", "Daughter (35) PI*MZ", "relative"),
    ("d3", "AAT 101 mg/dL", "daughter's level"),
]

NOTES = """
NEGATIVE CONTROL: A1PI held on the DOS (fever 38.6, new crackles). The chair-time worksheet shows the Prolastin-C
line 'HELD', not dispensed, no charge, while acetaminophen, ondansetron (96374, J2405 x4) and NS 1 L (96361, J7030)
each have their own times and codes. Dose/lot/exp/times/waste missing; no A1PI drug line, so units and
code_selection are not_applicable and wastage falls to the no-claim branch (missing: nothing is said about A1PI
waste). AATD facts, response ('Stable on augmentation'), PA, never smoker and FEV1 49/50 % are met. Inline prior
values: 'Wt 81.3 kg (prev 82.9 kg 01/13) Δ -1.6 kg', trend table weights 83.4/84.0/85.2 kg (historical weights,
findings), AAT trough 17.1 uM (↑ from 16.2 uM). Traps: last week's 5,000 mg / lot 27K1PX8 / 09:58-10:31, ordered
5,000 mg, ~4,900 mg make-up plan, 'possible pneumonia', daughter PI*MZ 101 mg/dL.
"""
