"""b24-011: commercial, NEGATIVE CONTROL (PI*MZ carrier, AAT 88 mg/dL, COPD; augmentation not
indicated, never given). Styles (4) consult note with parenthetical inline lists + (3) Unicode-rich
export. Claim: new-patient visit + spirometry only."""

CHART_ID = "b24-011"
DOS = "2026-02-05"
PAYER = {"profile": "commercial", "name": "Cigna Open Access Plus"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "99204", "units": 1, "modifiers": []},
    {"hcpcs": "94060", "units": 1, "modifiers": []},
]

D1 = """
RIVERBEND LUNG & ALLERGY — New Patient Consultation
Date: 02/05/2026 · Consultant: Farah Siddiqui‑Grant, MD · Referring: Paul Okeke, MD (FM)
Patient: HARTMANN, DIETER W · DOB 07/19/1961 · MRN RLA‑770312

Reason for referral (r/o alpha‑1 antitrypsin deficiency; “AAT low” on outside labs; referral
# REF‑55120 — no prior authorization needed for consult per Cigna).

HPI: 64 M, exertional dyspnea × 2 yr, morning cough. Outside labs (AAT 88 mg/dL [ref 100–190],
CRP 2.1 mg/L, phenotype PI*MZ — 12/2025). Smoking (former, 35 pk‑yr, quit 2019). Exposures
(welder 1982–2010, no respirator). Exacerbations (1 in 2025 — azithromycin + prednisone).
Family (sister PI*ZZ, on weekly Prolastin‑C since 2019; father d. 62 “emphysema”; son not tested).

Meds (tiotropium 2.5 µg 2 puffs daily · albuterol PRN ≈ 3×/wk · rosuvastatin 10 mg ·
amlodipine 5 mg).

Vitals (T 36.5 °C, HR 70, BP 136/84, RR 16, SpO₂ 95 % RA, Wt 84.0\u00a0kg, BMI 26.5).
Exam (prolonged expiration, scattered end‑expiratory wheeze, no crackles · no clubbing ·
no hepatomegaly · skin — no panniculitis).

Data reviewed:
  • Spirometry today (FEV₁ 2.31 L, 58 % pred · FVC 3.79 L · ratio 0.61 · no BD response)
  • Spirometry 03/2023, outside (FEV₁ 2.52 L, 64 % pred)
  • CT chest 11/2025 (mild centrilobular emphysema, upper‑lobe predominant; 5 mm RML nodule)

Assessment:
  1. COPD, GOLD 2, group B — smoking‑ and welding‑related; upper‑lobe centrilobular pattern.
  2. Alpha‑1 antitrypsin deficiency — ruled out; PI*MZ carrier state (Z14.8). AAT 88 mg/dL is
     above the protective threshold. Augmentation therapy is NOT indicated for MZ (no
     guideline or payer support — e.g. Cigna policy requires AAT < 11 µmol/L with PI*ZZ,
     Z/null, null/null or rare deficient variants).
     (If augmentation were ever reconsidered: 60 mg/kg × 84.0 kg ≈ 5,040 mg IV weekly — not
     ordered.)
  3. Lung nodule 5 mm — low risk → CT 12 mo.

Plan (add LABA → tiotropium‑olodaterol; pulmonary rehab referral; vaccines — RSV today,
PCV20 given 2024; son may be tested — genetic counseling info given; f/u 3 mo).

— F. Siddiqui‑Grant, MD · e‑signed 02/05/2026 17:48
"""

D2 = """
QUEST DIAGNOSTICS · REPORT STATUS: FINAL
Patient: HARTMANN, DIETER W      DOB: 07/19/1961      Collected: 12/09/2025 07:58
Client: Riverside Family Medicine (P. Okeke, MD)      Reported: 12/15/2025 16:02

ALPHA-1-ANTITRYPSIN, SERUM
   Alpha-1-Antitrypsin ............ 88 mg/dL     L     (Reference: 100-190 mg/dL)
ALPHA-1-ANTITRYPSIN PHENOTYPE
   Phenotype ...................... MZ
   Reference ...................... MM
   Interpretation: The MZ phenotype is associated with intermediate AAT deficiency
   (heterozygous carrier). Individuals with MZ phenotype who smoke may be at increased risk
   for COPD. Genetic counseling may be helpful for family members.
C-REACTIVE PROTEIN ................ 2.1 mg/L          (Reference: <8.0 mg/L)
"""

D3 = """
RIVERBEND LUNG & ALLERGY — PULMONARY FUNCTION LAB
Spirometry with bronchodilator · 02/05/2026 09:40 · Tech: K. Abernathy, RRT
Patient: Hartmann, Dieter W · 64 y · M · Ht 178 cm · Wt 84.0 kg · Race‑neutral GLI 2022

                    Pre‑BD     %Pred    LLN      Post‑BD   %Pred   %Chg
FVC (L)             3.79       85       3.42     3.83      86      +1
FEV₁ (L)            2.31       58       2.71     2.35      59      +2
FEV₁/FVC            0.61       —        0.69     0.61      —
FEF25–75 (L/s)      1.02       36       —        1.08      38      +6

Interpretation: FEV₁/FVC below LLN → moderate obstructive ventilatory defect. No significant
bronchodilator response (< 12 % and < 200 mL). Compared with 03/2023 (outside): FEV₁ ↓ 210 mL.
Quality: ATS grade A, 3 acceptable maneuvers.
Interpreting physician: F. Siddiqui‑Grant, MD
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-02-05", "text": D1},
    {"id": "d2", "type": "lab_report", "date": "2025-12-15", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-02-05", "text": D3},
]

FINDINGS = [
    {"kind": "genotype", "alleles": ["M", "Z"], "_doc": "d2", "_ev": "Phenotype ...................... MZ"},
    {"kind": "serum_aat", "value": 88, "unit": "mg/dL", "_doc": "d2", "_ev": "Alpha-1-Antitrypsin ............ 88 mg/dL"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "COPD, GOLD 2, group B"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "mild centrilobular emphysema, upper‑lobe predominant"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d3", "_ev": "moderate obstructive ventilatory defect"},
    {"kind": "weight", "value": 84.0, "unit": "kg", "value_kg": 84.0, "_date": "2026-02-05", "_doc": "d1", "_ev": "Wt 84.0\u00a0kg"},
    {"kind": "fev1", "value": 58, "_doc": "d1", "_ev": "FEV₁ 2.31 L, 58 % pred"},
    {"kind": "fev1", "value": 64, "_doc": "d1", "_ev": "FEV₁ 2.52 L, 64 % pred"},
    {"kind": "fev1", "value": 59, "_doc": "d3", "_ev": "2.35      59", "_hdr": "%Pred"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Smoking (former, 35 pk‑yr, quit 2019)"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "missing",
    "genotype": "conflict",
    "serum_aat_level": "conflict",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "missing",
    "dose_matches_weight": "missing",
    "units_match_dose": "not_applicable",
    "wastage_documented": "missing",
    "lot_number": "missing",
    "expiration_date": "missing",
    "infusion_times": "missing",
    "response_to_therapy": "missing",
    "prior_authorization": "missing",
    "code_selection": "not_applicable",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "dos": "2026-02-05",
    "weight": {"value": 84.0, "unit": "kg", "kg": 84.0, "date": "2026-02-05"},
    "dose_mg": None,
    "target_mg": 5040.0,
    "tolerance_mg": 504.0,
    "deviation_pct": None,
    "within_tolerance": None,
    "code": None,
    "billing_unit_mg": None,
    "units_expected": None,
    "units_billed": None,
    "waste_mg": None,
    "jw_units_expected": None,
    "jw_units_billed": None,
    "modifiers": [],
    "expirations": [],
    "expiration_ok": None,
}

NOTES = """
NEGATIVE CONTROL. PI*MZ carrier (AAT 88 mg/dL) with smoking/welding COPD; the consultant writes
"Alpha-1 antitrypsin deficiency — ruled out; PI*MZ carrier state"; augmentation not indicated and
never ordered or given. Claim has no A1PI line (99204, 94060). The referral reason "r/o alpha-1
antitrypsin deficiency" is uncertain, not a diagnosis. Genotype conflict (MZ only), serum conflict
(88 ≥ 57 mg/dL). Traps: sister PI*ZZ on Prolastin-C (family; not the patient's product); father's
emphysema; hypothetical 60 mg/kg × 84.0 kg ≈ 5,040 mg "not ordered"; Cigna policy criteria quoted;
referral # REF-55120 (not an authorization); lab reference MM and 100–190; "intermediate AAT
deficiency (heterozygous carrier)" in the lab's generic interpretation; tiotropium 2.5 µg; CRP.
FEV1 58 % (pre-BD), 59 % (post-BD) and 64 % (2023) all listed, all within 25-80.
"""
