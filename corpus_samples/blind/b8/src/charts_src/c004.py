from common import doc, emit, req_ids

CID = "b8-004"
DOS = "2026-02-05"

d1 = doc("d1", "progress_note", DOS, """
PULMONARY NP VISIT - Cascade Lung Associates
Pt: OYELARAN, Tobias   DOB 1967-03-02 (58 y M)   Acct 6620-114   Ins: Cobalt Choice PPO (commercial)
Date: 02/05/26   Provider: M. Brandt, APRN-CNP   Ref by: Dr. L. Ames (PCP), referral # RF-44102
CC: "my son has alpha-1, should I be on the infusions?"

S: 58 yo M, ex-smoker (35 pk-yr, quit 03/2024), c/o DOE 2 flights stairs, AM cough x yrs, clear sputum.
   No hemoptysis/wt loss/CP. 1 AECOPD 2023 (pred + azithro, no hosp). Son (31) dx PI*ZZ 11/2025 w/ early
   emphysema -> cascade testing for family. Pt's wife/dtr not tested yet.
   Meds: tiotropium 2.5 mcg 2 inh daily, albuterol PRN (~1x/wk), omeprazole 20 mg, rosuvastatin 10 mg.
   NKDA.

O: BP 128/84  HR 74  RR 16  SpO2 96% RA  Wt 88.9 kg  Ht 180 cm  BMI 27.4
   Lungs: faint exp wheeze R base, o/w clear. No clubbing/cyanosis. No jaundice, no hepatomegaly.
   Labs 01/20/26 (see results): A1AT 96 mg/dL (L per lab, ref 100-190), phenotype MZ. CRP 1.4.
   Spiro 01/27/26: post-BD FEV1 3.12 L = 84% pred, FVC 4.59 L, FEV1/FVC 0.68 -> mild airflow obstruction.
   CT chest (LDCT screening 10/2025): mild centrilobular emphysema upper lobes, 4 mm RUL nodule (benign features).

A/P:
#1 Alpha-1 antitrypsin - PI*MZ heterozygote (carrier) w/ level 96 mg/dL.
   Not consistent with alpha-1 antitrypsin deficiency (severe); level well above protective threshold.
   Augmentation NOT indicated - discussed with pt at length (son on Prolastin-C 60 mg/kg weekly, ~5,330 mg
   at his wt... pt asked about same dose for himself - explained MZ not a candidate).
   - No repeat A1AT unless clinical change; if a future level were < 57 mg/dL would re-evaluate (not expected).
   - Counseled: avoid smoke/dust; alcohol moderation (MZ liver risk modest); annual LFTs w/ PCP.
#2 COPD, GOLD 1 / group A, w/ mild centrilobular emphysema on CT.
   - Cont tiotropium; albuterol PRN. Pulm rehab not needed now. Annual spiro.
#3 Tobacco use, in remission (Z87.891) - quit 03/2024. Praised. No relapse.
#4 Lung nodule 4 mm RUL - LDCT 10/2026 per Lung-RADS 2.
#5 Vaccines - flu done 10/25; PCV20 given today (L deltoid, lot per MAR).
#6 Family hx AATD (son ZZ) - recommend testing for dtr (age 27); genetic counseling referral placed.

RTC 12 mo or sooner PRN. Copy to Dr. Ames.
M. Brandt, APRN-CNP  02/05/26 15:42
""")

d2 = doc("d2", "lab_report", "2026-01-20", """
CONTINUITY OF CARE DOCUMENT (C-CDA R2.1) - rendered for viewing
Document: Laboratory results summary     Custodian: Meridian Health Labs (received via HIE 01/21/2026 06:02)
Patient: Tobias Oyelaran    Gender: Male    Date of birth: March 2, 1967
Author: Meridian Health Labs LIS      Ordering clinician: Lorraine Ames, MD

RESULTS
Alpha-1 Antitrypsin Evaluation (collected January 20, 2026 08:14; reported January 21, 2026 05:40)
| Test | LOINC | Result | Units | Reference Range | Interpretation | Status |
|------|-------|--------|-------|-----------------|----------------|--------|
| Alpha-1-Antitrypsin, S | 6771-0 | 96 | mg/dL | 100 - 190 | Low | final |
| Alpha-1-Antitrypsin Phenotype | 32769-2 | MZ | | MM | Abnormal | final |
| C-Reactive Protein | 1988-5 | 1.4 | mg/L | 0.0 - 5.0 | Normal | final |

Comprehensive Metabolic Panel (collected January 20, 2026 08:14)
| Test | LOINC | Result | Units | Reference Range | Interpretation | Status |
|------|-------|--------|-------|-----------------|----------------|--------|
| Sodium | 2951-2 | 139 | mmol/L | 136 - 145 | Normal | final |
| Potassium | 2823-3 | 4.3 | mmol/L | 3.5 - 5.1 | Normal | final |
| Creatinine | 2160-0 | 0.96 | mg/dL | 0.70 - 1.30 | Normal | final |
| ALT | 1742-6 | 27 | U/L | 7 - 56 | Normal | final |
| AST | 1920-8 | 24 | U/L | 10 - 40 | Normal | final |
| Alkaline phosphatase | 6768-6 | 81 | U/L | 40 - 129 | Normal | final |
| Total bilirubin | 1975-2 | 0.6 | mg/dL | 0.2 - 1.2 | Normal | final |

Result comments
- Alpha-1-Antitrypsin Phenotype: MZ pattern by isoelectric focusing. Heterozygous for the Z allele.
  Individuals with the MZ phenotype usually have serum levels of 60-120 mg/dL and are at modestly increased
  risk of lung disease if they smoke. Severe deficiency (PiZZ, PiZ null, Pi null null) is associated with
  levels below 57 mg/dL (11 umol/L) by nephelometry.
- AAT is an acute-phase reactant; interpret with CRP.

Performing lab: Meridian Health Labs Central, 400 Commerce Pkwy. Medical director: H. Lindqvist, MD, PhD.
""")

d3 = doc("d3", "other", "2025-12-15", """
REFERRAL - Primary Care to Pulmonology
From: Lorraine Ames, MD (Internal Medicine)     To: Cascade Lung Associates
Date: 12/15/2025     Referral #: RF-44102     Priority: routine     Plan: Cobalt Choice PPO

Reason for referral: rule out alpha-1 antitrypsin deficiency; COPD management. Son recently diagnosed PI*ZZ.
Pertinent history: 58 y/o former smoker (quit 2024). Spirometry not yet done. Weight 198 lb (12/2025).
Labs ordered: AAT level + phenotype (pending at time of referral).
Questions for consultant: Is he a candidate for augmentation like his son?

Signed: L. Ames, MD  12/15/2025
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "commercial", "name": "Cobalt Choice PPO"},
    "documents": [d1, d2, d3],
}

reqs = {r: "missing" for r in req_ids("commercial")}
reqs.update({
    "genotype": "conflict",
    "serum_aat_level": "conflict",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "units_match_dose": "not_applicable",
    "code_selection": "not_applicable",
    "smoking_status": "met",
    "fev1_range": "conflict",
})

gold = {
    "chart_id": CID,
    "profile": "commercial",
    "requirements": reqs,
    "findings": [
        {"kind": "genotype", "alleles": ["M", "Z"]},
        {"kind": "serum_aat", "value": 96, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 84},
        {"kind": "weight", "value": 88.9, "unit": "kg", "value_kg": 88.9},
        {"kind": "weight", "value": 198, "unit": "lb", "value_kg": 89.8},
        {"kind": "smoking_status", "value": "former"},
    ],
    "notes": (
        "NEGATIVE CONTROL (MZ carrier with level above threshold, no augmentation). No claim lines -> units/code "
        "not_applicable; wastage missing (no waste statement, nothing given). aatd_diagnosis missing: the note says "
        "'Not consistent with alpha-1 antitrypsin deficiency'; referral 'rule out AATD' is uncertain; '#6 Family hx AATD "
        "(son ZZ)' is family. Genotype MZ only -> conflict. AAT 96 mg/dL >= 57 -> conflict (the lab's 'Low' flag vs ref "
        "100-190 is not the payer threshold). FEV1 84 % pred -> outside 25-80 -> conflict. Former smoker -> met. "
        "Weights: 88.9 kg (DOS) and 198 lb (12/2025, 198 x 0.45359237 = 89.81 -> 89.8). Traps: son PI*ZZ and son's "
        "Prolastin-C ~5,330 mg (family/not given); '< 57 mg/dL would re-evaluate' hypothetical; lab comment ranges "
        "60-120 and <57 mg/dL (11 umol/L) are general text; reference 'MM'; referral # RF-44102 is not a PA; "
        "PCV20 'lot per MAR' is a vaccine; other drugs' doses."
    ),
}

emit(chart, gold)
