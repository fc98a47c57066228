"""b25-013: medicaid, complete. Styles (3) physician attestation with tables + (5) Q/A infusion
verification script. PI*Z/Mmalton (IEF read MZ). Glassia 5 x 984 mg = 4,920 mg, J0257 492 JZ."""

CHART_ID = "b25-013"
DOS = "2026-04-14"
PAYER = {"profile": "medicaid", "name": "Aetna Better Health of Kentucky (Medicaid)"}
PRIOR_AUTH = "2026-MCD-118204"
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 492, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
BLUEGRASS LUNG CENTER - INFUSION SUITE
INFUSION VERIFICATION SCRIPT - GLASSIA (read aloud RN-to-RN; answers typed)
Patient: ABERNATHY-SOTO, JOLENE M     DOB 12/01/1967     MRN BLC-0551902
Date: 04/14/2026     Primary RN: Wendell Achebe, RN     Verifying RN: Tori Kaminski, RN

Q: Patient name and DOB confirmed against wristband and order?  A: Yes.
Q: Medicaid authorization on file for this date?  A: Yes - PA# 2026-MCD-118204, through 09/30/2026.
Q: Time of check-in?  A: 10:02.
Q: Weight measured today?  A: Yes - 81.7 kg, standing scale.
Q: Temperature and vitals within parameters?  A: Yes - 10:09 T 36.6, HR 76, BP 136/82, SpO2 95%.
Q: Symptoms of infection or exacerbation this week?  A: No.
Q: Ordered dose?  A: 60 mg/kg = 4,902 mg; pharmacy dispensed 5 vials to the nearest labeled amount.
Q: Product name on each vial?  A: Glassia, alpha1-proteinase inhibitor (human), 1 g/50 mL.
Q: Labeled potency of each vial?  A: 984 mg x 5 = 4,920 mg.
Q: Lot number?  A: LGC25F447 (all 5 vials).
Q: Expiration date?  A: 05/31/2027.
Q: Solution clear, no particulates, at room temperature?  A: Yes.
Q: Filter?  A: 5 micron in-line.
Q: IV site and time placed?  A: R forearm 22g, 10:15.
Q: Infusion start time?  A: 10:24.
Q: Rate?  A: 0.2 mL/kg/min max per current label; run at 8 mL/min.
Q: Infusion end time?  A: 10:57.
Q: Was the full dose administered?  A: Yes - 4,920 mg (all 250 mL).
Q: Any drug discarded?  A: No - 0 mg wasted; all five vials emptied into the infusion.
Q: Adverse reaction?  A: None.
Q: Post vitals?  A: 11:05 HR 78, BP 130/80, SpO2 96%.
Q: Discharge time?  A: 11:12, ambulatory.
Verified and signed: W. Achebe, RN / T. Kaminski, RN   04/14/2026 11:20
"""

D2 = """
BLUEGRASS LUNG CENTER, PLLC
2400 Regency Road, Lexington, KY 40503     Ph 859-555-0184     Fax 859-555-0185

PHYSICIAN ATTESTATION - CONTINUATION OF ALPHA-1 PROTEINASE INHIBITOR (MEDICAID)
Plan: Aetna Better Health of Kentucky      Date: 03/20/2026
Member: Jolene M. Abernathy-Soto     DOB 12/01/1967     Medicaid ID 8840016629
Drug: Glassia 60 mg/kg IV weekly (HCPCS J0257), in-office infusion

Diagnosis: alpha-1 antitrypsin deficiency (E88.01), genotype PI*Z/Mmalton, with emphysema
(J43.2) and COPD (J44.9).

Table 1 - Diagnostic testing
  Date         Test                                Result              Comment
  05/13/2019   AAT, serum (nephelometry)           41 mg/dL            ref 100-190
  05/13/2019   AAT phenotype (IEF)                 MZ                  discordant with level
  02/04/2020   AAT, serum (reference lab)          7.6 umol/L          ref 20-48
  02/04/2020   SERPINA1 sequencing                 Z / Mmalton         c.1096G>A; c.226_228delTTC
  01/2020      CT chest                            centrilobular and panlobular emphysema

Table 2 - Spirometry (post-BD)
  Date         FEV1 (L)    FEV1 % predicted    FEV1/FVC
  03/2020      1.62        58                  0.52
  03/2022      1.55        55                  0.51
  03/2024      1.52        54                  0.50
  03/2026      1.49        53                  0.49

Table 3 - Exacerbations and ED visits by year
  Year   Exacerbations   ED visits   Admissions   Augmentation
  2019   4               2           1            no
  2020   3               1           0            started 06/2020
  2021   1               0           0            yes
  2023   1               0           0            yes
  2025   0               0           0            yes

I attest that the member is a never-smoker, adheres to weekly infusions, uses
fluticasone/umeclidinium/vilanterol daily, and has responded to therapy. Current weight
82.4 kg (03/17/2026). Please renew for 12 months.
Attending: Constance Obi, MD, Pulmonology       Signature on file   03/20/2026
"""

D3 = """
BLUEGRASS LUNG CENTER - PROGRESS NOTE
Visit date: 03/17/2026      Clinician: Constance Obi, MD
Patient: Abernathy-Soto, Jolene M      DOB 12/01/1967

Subjective: Alpha-1 antitrypsin deficiency (PI*Z/Mmalton) with emphysema, on Glassia weekly
since 06/2020. No flare this winter; last course of prednisone was 2023. She walks 3 miles a
day with her dog and went back to part-time work. Never smoker; worked 12 years in a bar
that allowed smoking. Her daughter (22) is PI*MZ, level 96 mg/dL.
Objective: Wt 82.4 kg, BP 132/80, HR 80, SpO2 95% RA. Lungs: faint expiratory wheeze.
Spirometry post-BD FEV1 1.49 L (53% predicted); 03/2024 1.52 L.
Assessment/Plan:
 1. AATD Z/Mmalton - good response to augmentation: exacerbation-free for over two years,
    FEV1 loss about 15 mL/yr. Continue Glassia 60 mg/kg IV weekly; Medicaid attestation
    for renewal completed today.
 2. Emphysema/COPD - continue Trelegy; RSV vaccine given today.
 3. If she has a flare, prednisone 40 mg x 5 days per action plan.
Return in 6 months with spirometry.
Electronically signed: C. Obi, MD 03/17/2026 16:50
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-04-14", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-03-20", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-03-17", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "alpha-1 antitrypsin deficiency (E88.01)"},
    {"kind": "genotype", "alleles": ["Z", "MMALTON"], "_doc": "d2", "_ev": "genotype PI*Z/Mmalton"},
    {"kind": "genotype", "alleles": ["M", "Z"], "_doc": "d2", "_ev": "AAT phenotype (IEF)                 MZ"},
    {"kind": "serum_aat", "value": 41, "unit": "mg/dL", "_doc": "d2", "_ev": "AAT, serum (nephelometry)           41 mg/dL"},
    {"kind": "serum_aat", "value": 7.6, "unit": "uM", "_doc": "d2", "_ev": "AAT, serum (reference lab)          7.6 umol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "with emphysema\n(J43.2)"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "COPD (J44.9)"},
    {"kind": "weight", "value": 81.7, "unit": "kg", "value_kg": 81.7, "_date": "2026-04-14", "_doc": "d1", "_ev": "81.7 kg, standing scale"},
    {"kind": "weight", "value": 82.4, "unit": "kg", "value_kg": 82.4, "_date": "2026-03-17", "_doc": "d3", "_ev": "Wt 82.4 kg"},
    {"kind": "dose", "value": 4920, "_doc": "d1", "_ev": "Q: Was the full dose administered?  A: Yes - 4,920 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "A: No - 0 mg wasted"},
    {"kind": "lot_number", "value": "LGC25F447", "_doc": "d1", "_ev": "Q: Lot number?  A: LGC25F447"},
    {"kind": "expiration_date", "value": "2027-05-31", "_doc": "d1", "_ev": "Q: Expiration date?  A: 05/31/2027"},
    {"kind": "infusion_start", "value": "10:24", "_doc": "d1", "_ev": "Q: Infusion start time?  A: 10:24"},
    {"kind": "infusion_end", "value": "10:57", "_doc": "d1", "_ev": "Q: Infusion end time?  A: 10:57"},
    {"kind": "fev1", "value": 58, "_hdr": "FEV1 % predicted", "_doc": "d2", "_ev": "03/2020      1.62        58"},
    {"kind": "fev1", "value": 55, "_hdr": "FEV1 % predicted", "_doc": "d2", "_ev": "03/2022      1.55        55"},
    {"kind": "fev1", "value": 54, "_hdr": "FEV1 % predicted", "_doc": "d2", "_ev": "03/2024      1.52        54"},
    {"kind": "fev1", "value": 53, "_doc": "d3", "_ev": "FEV1 1.49 L (53% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "good response to augmentation: exacerbation-free for over two years"},
    {"kind": "prior_authorization", "value": "2026-MCD-118204", "_doc": "d1", "_ev": "PA# 2026-MCD-118204"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "Never smoker"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d1", "_ev": "A: Glassia, alpha1-proteinase inhibitor (human), 1 g/50 mL."},
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
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-04-14",
    "weight": {"value": 81.7, "unit": "kg", "kg": 81.7, "date": "2026-04-14"},
    "dose_mg": 4920,
    "target_mg": 4902.0,
    "tolerance_mg": 490.2,
    "deviation_pct": 0.37,
    "within_tolerance": True,
    "code": "J0257",
    "billing_unit_mg": 10,
    "units_expected": 492,
    "units_billed": 492,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-05-31"],
    "expiration_ok": True,
}

NOTES = """
Complete. Genotype: the 2019 IEF phenotype read MZ (Mmalton focuses like M) and 2020 sequencing
found Z/Mmalton; both are reported and differ, so both are findings ([M, Z] and [Z, MMALTON]);
the requirement is met by Z/Mmalton. Serum levels 41 mg/dL and 7.6 umol/L are both listed.
Q/A script: dose = answer to "Was the full dose administered?" (4,920 mg), not the ordered
4,902 mg; 0 mg wasted with JZ. Traps: check-in 10:02, VS 10:09/11:05, IV 10:15, discharge 11:12,
signature 11:20; 1 g/50 mL and 250 mL; rate 0.2 mL/kg/min label max and 8 mL/min; PA validity
date; references 100-190 and 20-48; daughter PI*MZ 96 mg/dL; workplace second-hand smoke (not a
smoking status); prednisone action-plan dose (hypothetical); RSV vaccine.
"""
