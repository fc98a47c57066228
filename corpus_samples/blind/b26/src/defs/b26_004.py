"""b26-004: medicare, 2 gaps. Style (4): a hepatology clinic note where AATD is one of many problems
(liver fibrosis by elastography, IgA deficiency, panniculitis history, steatosis, varices screening)
with numbered assessment/plan items; plus the nursing infusion record and a lab report. Aralast NP
5,300 mg from 5 x 1,000 + 1 x 500 mg vials, 200 mg discarded; J0256 530 + JW 20.
Gaps: expiration_date conflict (the 500 mg vial's lot expired 01/2026, before the DOS);
response_to_therapy missing (the only progress note is hepatology, which defers the lungs)."""

CHART_ID = "b26-004"
DOS = "2026-02-09"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 530, "modifiers": []},
    {"hcpcs": "J0256", "units": 20, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "96366", "units": 1, "modifiers": []},
]

D1 = """
GREAT LAKES DIGESTIVE & LIVER INSTITUTE - HEPATOLOGY
Return visit                                              01/29/2026
Patient: WHITCOMBE, Gerald T.      DOB 05/02/1961      MRN GL-3308127
Attending: Priya Venkataraman, MD     Referring: Tomas Ferreira, MD (Pulmonary)

Reason: AATD-associated liver disease, annual fibrosis assessment; review of IgA deficiency
labs requested by allergy.

HPI: 64 y/o man with alpha-1 antitrypsin deficiency (homozygous PI*Z, dx 2012) and
emphysema, on weekly Aralast NP through Dr. Ferreira, infused at our hospital's outpatient
infusion unit. From a liver standpoint he feels well - no jaundice, pruritus, melena, confusion
or abdominal swelling. Alcohol: none since 2012. No NSAIDs. He had a tender nodular lesion on
the right thigh in 2022 biopsied as neutrophilic panniculitis, resolved after dapsone; no
recurrence. Breathing questions deferred to pulmonary - he sees Dr. Ferreira in April.

PMH: AATD (PI*ZZ); emphysema (CT 2012, panlobular); selective IgA deficiency; T2DM (diet);
panniculitis 2022 (resolved); BPH.
Meds: Aralast NP 60 mg/kg IV weekly; tiotropium/olodaterol; albuterol prn; tamsulosin
0.4 mg; vitamin D 2000 IU.
Vitals: Wt 89.0 kg, BMI 28.4. BP 132/84, HR 70, SpO2 95% RA.
Exam: anicteric, no stigmata of chronic liver disease, no palpable spleen, no ascites.

Data:
  Transient elastography (FibroScan, 01/29/2026): median LSM 8.7 kPa (IQR/med 12%),
    CAP 248 dB/m.    Prior 01/2025: 7.9 kPa, CAP 262 dB/m.
  Labs 01/22/2026: ALT 48 U/L, AST 41 U/L, alk phos 96 U/L, T bili 0.8 mg/dL, albumin 4.1 g/dL,
    platelets 188 K/uL, INR 1.0. FIB-4 1.62. AFP 3.1 ng/mL.
  IgA < 7 mg/dL (ref 70-400); anti-IgA IgG antibodies: NOT detected (10/2025).
  US abdomen 01/2026: mildly coarse echotexture, no focal lesion, spleen 11.2 cm.

Assessment and plan:
1. Alpha-1 antitrypsin deficiency liver disease (PI*ZZ) - stage F2 by elastography (8.7 kPa;
   up from 7.9). Augmentation does not treat the liver component. Repeat elastography
   and labs in 12 months; US every 12 months given F2 with diabetes.
2. Hepatic steatosis, mild (CAP 248) - diet, weight loss target 5 %.
3. Emphysema - on Aralast NP and inhaled therapy per pulmonary; not assessed today; lung
   status and any change in therapy deferred to Dr. Ferreira (visit 04/2026).
4. Selective IgA deficiency - anti-IgA antibodies absent, so plasma-derived A1PI remains
   acceptable; infusion unit aware. Allergy/immunology follows.
5. History of neutrophilic panniculitis (2022) - quiescent. If it recurs, discuss with pulmonary.
6. T2DM - A1c 6.3 %. Defer to PCP.
7. Vaccines - hepatitis A/B immune (serologies 2023).
Return 12 months, sooner for abnormal labs.

Priya Venkataraman, MD - signed 01/29/2026 17:20
"""

D2 = """
GREAT LAKES REGIONAL HOSPITAL - OUTPATIENT INFUSION UNIT
INFUSION ADMINISTRATION RECORD
Patient: WHITCOMBE, GERALD T     MRN GL-3308127     DOB 05/02/1961
Date: 02/09/2026     Order: Aralast NP 60 mg/kg IV weekly (T. Ferreira, MD)
Checked in 08:05 / roomed 08:12

Assessment 08:15
  Weight: 88.4 kg (chair scale)    BP 136/82   HR 72   RR 18   T 36.5 C   SpO2 94%
  Afebrile, no recent infection. IgA deficiency noted - anti-IgA negative per hepatology.

IV access: 22 g L antecubital, 08:24, flushes easily.

Medication: ARALAST NP (alpha1-proteinase inhibitor, human)
  Vials reconstituted:   1000 mg x 5   Lot LA25H221   Exp 03/2027
                         500 mg x 1    Lot LA25A087   Exp 01/2026
  Total reconstituted: 5,500 mg
  DOSE ADMINISTERED: 5,300 mg
  Discarded: 200 mg (partial 500 mg vial, single-use) - wasted with witness J. Okafor RN
  Infusion start 08:41     Infusion end 09:36     Rate per protocol, 5 micron filter
  Acetaminophen 650 mg PO 08:30 (standing premed), lot 5KA118, exp 08/2027

Post-infusion 09:50: BP 130/80  HR 70  SpO2 95%. PIV removed, site clean.
Discharged 09:58, ambulatory, with daughter.
Next visit 02/16/2026 08:00.

RN: Beatrix Lomax, RN    02/09/2026 10:12
"""

D3 = """
ATLAS CLINICAL LABORATORIES - MOLECULAR GENETICS
Patient: WHITCOMBE, GERALD T    DOB 05/02/1961    Specimen: whole blood
Ordered by: Tomas Ferreira, MD         Collected 03/19/2012     Reported 03/30/2012

SERPINA1 TARGETED GENOTYPING (S and Z alleles)
  c.863A>T (p.Glu264Val, S allele, rs17580) ............ not detected
  c.1096G>A (p.Glu342Lys, Z allele, rs28929474) ......... DETECTED, homozygous
  Genotype interpretation: ZZ
ALPHA-1 ANTITRYPSIN, SERUM (immunoturbidimetric) ......... 19 mg/dL   (ref 90-200 mg/dL)

INTERPRETATION: Homozygous for the Z allele (PI*ZZ). This result is consistent with severe
alpha-1 antitrypsin deficiency. Relatives should be offered testing. Assay detects only the
S and Z variants; rare variants are not excluded.

Electronically signed: L. Haddad, PhD, FACMG     03/30/2012
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-01-29", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-02-09", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2012-03-30", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "alpha-1 antitrypsin deficiency (homozygous PI*Z, dx 2012)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "Homozygous for the Z allele (PI*ZZ)"},
    {"kind": "serum_aat", "value": 19, "unit": "mg/dL", "_doc": "d3", "_ev": "(immunoturbidimetric) ......... 19 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "emphysema (CT 2012, panlobular)"},
    {"kind": "weight", "value": 88.4, "unit": "kg", "value_kg": 88.4, "_date": "2026-02-09", "_doc": "d2", "_ev": "Weight: 88.4 kg"},
    {"kind": "weight", "value": 89.0, "unit": "kg", "value_kg": 89.0, "_date": "2026-01-29", "_doc": "d1", "_ev": "Wt 89.0 kg"},
    {"kind": "dose", "value": 5300, "_doc": "d2", "_ev": "DOSE ADMINISTERED: 5,300 mg"},
    {"kind": "wastage", "value": 200, "_doc": "d2", "_ev": "Discarded: 200 mg"},
    {"kind": "lot_number", "value": "LA25H221", "_doc": "d2", "_ev": "Lot LA25H221"},
    {"kind": "lot_number", "value": "LA25A087", "_doc": "d2", "_ev": "Lot LA25A087"},
    {"kind": "expiration_date", "value": "2027-03", "_doc": "d2", "_ev": "Lot LA25H221   Exp 03/2027"},
    {"kind": "expiration_date", "value": "2026-01", "_doc": "d2", "_ev": "Lot LA25A087   Exp 01/2026"},
    {"kind": "infusion_start", "value": "08:41", "_doc": "d2", "_ev": "Infusion start 08:41"},
    {"kind": "infusion_end", "value": "09:36", "_doc": "d2", "_ev": "Infusion end 09:36"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d2", "_ev": "ARALAST NP (alpha1-proteinase inhibitor, human)"},
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
    "expiration_date": "conflict",
    "infusion_times": "met",
    "response_to_therapy": "missing",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-02-09",
    "weight": {"value": 88.4, "unit": "kg", "kg": 88.4, "date": "2026-02-09"},
    "dose_mg": 5300,
    "target_mg": 5304.0,
    "tolerance_mg": 530.4,
    "deviation_pct": -0.08,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 530,
    "units_billed": 530,
    "waste_mg": 200,
    "jw_units_expected": 20,
    "jw_units_billed": 20,
    "modifiers": [],
    "expirations": ["2027-03", "2026-01"],
    "expiration_ok": False,
}

NOTES = """
Gaps: expiration_date conflict - the 500 mg vial's lot LA25A087 is recorded "Exp 01/2026" (month
only -> 2026-01-31), before the DOS 02/09/2026; response_to_therapy missing - the only progress note
is hepatology, which explicitly defers lung status to pulmonary and says augmentation does not treat
the liver; the infusion record has no tolerance or response remark. Hepatology style: AATD among
fibrosis (8.7 kPa, prior 7.9 kPa), CAP 248/262 dB/m, FIB-4, AFP, IgA < 7 mg/dL with anti-IgA negative,
panniculitis 2022, steatosis, T2DM, numbered A/P 1-7. Traps: kPa/dB/m/lab numbers; "weight loss
target 5 %"; total reconstituted 5,500 mg and vial sizes; acetaminophen 650 mg with its own lot
5KA118 and exp 08/2027; check-in/roomed/assessment/PIV/post/discharge/next-visit times; ALT/IgA
reference ranges; "rare variants are not excluded". Genotype: targeted c.1096G>A homozygous ->
[Z, Z]. Weight 89.0 kg on 01/29 listed; DOS 88.4 kg governs (5300 vs 5304 mg). JW 20 = floor(200/10).
"""
