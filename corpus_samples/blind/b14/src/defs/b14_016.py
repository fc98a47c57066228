# b14-016  medicaid  NEGATIVE CONTROL: AATD (PI*ZZ) liver disease, status post liver transplant; donor-type
# MM phenotype and normal AAT after transplant; normal lungs; no augmentation, no claim lines.
# Styles: (5) transplant-hepatology pre-clinic planning note (items due / not done), cumulative lab report,
#         hepatology progress note.

PVP = """TRANSPLANT HEPATOLOGY - PRE-CLINIC PLANNING (huddle worksheet)
Ridgeway Transplant Institute         Prepared 01/07/2026 14:10 by N. Castillo, RN (transplant coordinator)
Clinic date: 01/08/2026 10:30 with Dr. Farah Nasser      Visit type: annual post-transplant review
Patient: Marcus D. Whitfield   47 y M   MRN RTI-4400391   Coverage: Medicaid (CareSource)

TRANSPLANT SUMMARY
- Indication: decompensated cirrhosis due to alpha-1 antitrypsin deficiency (PI*ZZ).
- OLT (deceased donor, whole graft) 03/14/2022. No rejection episodes. CMV D+/R- -> prophylaxis done.
- Immunosuppression: tacrolimus 2 mg BID (goal trough 5-8), mycophenolate 500 mg BID.

ITEMS DUE / CARE GAPS
[x] Labs 12/30/2025 drawn: tacrolimus 6.1 ng/mL; CMP, CBC normal; AAT 131 mg/dL (normal, graft-derived)
[ ] DEXA - OVERDUE (last 2023, osteopenia) - order at visit
[ ] Dermatology skin check - OVERDUE (annual on immunosuppression)
[ ] Colonoscopy - due 2027
[ ] Shingrix (recombinant, OK post-transplant) - dose 2 due
[ ] COVID/influenza 2025-26 - influenza done 10/2025
[ ] Liver ultrasound with Doppler - due 03/2026
[ ] Dental exam - pt reports done 11/2025 (no record)
[ ] Lipid panel - due
[x] PFTs - 06/2025 normal (FEV1 96% predicted, FEV1/FVC 0.80); pulmonary says repeat only if symptoms
[x] CT chest 06/2025 - no emphysema, no nodules

QUESTIONS FROM PATIENT (via portal 01/05)
- "Should I be getting the alpha-1 infusions like my sister?"  -> for Dr. Nasser
- Sister (PI*ZZ, emphysema) receives Zemaira 5,600 mg IV weekly at another center.

FAMILY SCREENING STATUS
- Sister ZZ (on therapy); daughter (19) MZ; son (16) not tested - genetic counselor referral pending.

MEDICAID / AUTH
- Tacrolimus and mycophenolate on formulary; no prior authorization needed.
- No authorization requests open. Transportation benefit: approved rides for clinic visits.

LAST VITALS (12/30/2025 lab visit): wt 83.6 kg, BP 128/80.
Never smoker; no alcohol since 2019 (never heavy).
"""

LAB = """RIDGEWAY HEALTH LABORATORIES - CUMULATIVE RESULTS REPORT
Patient: WHITFIELD, MARCUS D      DOB 02/21/1978     MRN RTI-4400391     Sex M
Ordering: Farah Nasser, MD (Transplant Hepatology)     Report printed 01/02/2026 07:15
Collected 12/30/2025 07:42                               Status: FINAL

TEST                         12/30/2025    09/26/2025    03/18/2025    REF RANGE        UNITS
---------------------------  ------------  ------------  ------------  ---------------  ---------
Tacrolimus, trough           6.1           5.8           7.0           5.0-15.0         ng/mL
Creatinine                   1.18          1.21          1.15          0.70-1.30        mg/dL
ALT                          21            24            19            7-55             U/L
AST                          19            22            20            8-48             U/L
Alk phos                     88            91            85            40-129           U/L
Bilirubin, total             0.6           0.7           0.5           0.1-1.2          mg/dL
Albumin                      4.3           4.2           4.4           3.5-5.0          g/dL
WBC                          5.9           6.3           5.4           3.4-9.6          10^3/uL
Hemoglobin                   14.1          13.8          14.0          13.2-16.6        g/dL
Platelets                    212           205           198           135-317          10^3/uL
Alpha-1-antitrypsin          131           --            --            90-200           mg/dL
  (nephelometry)

HISTORICAL ALPHA-1 RESULTS (pre-transplant, same laboratory)
  08/11/2020  Alpha-1-antitrypsin ........ 19 mg/dL (L)   ref 90-200   nephelometry
  08/11/2020  SERPINA1 genotyping ........ PI*ZZ (c.1096G>A homozygous)
  09/20/2022  Alpha-1-antitrypsin phenotype (IEF) ... MM
              Comment: post-transplant phenotype reflects the donor liver (hepatocyte-derived
              protein). Germline genotype remains PI*ZZ.

Reference phenotype: MM.
Critical values: none.     Verified: K. Obi, MLS(ASCP)  12/30/2025 13:02
"""

PN = """RIDGEWAY TRANSPLANT INSTITUTE - HEPATOLOGY CLINIC NOTE
Date: 01/08/2026     Provider: Farah Nasser, MD
Patient: Marcus D. Whitfield  47 y M  MRN RTI-4400391

SUBJECTIVE
Mr. Whitfield comes for annual review almost 4 years after liver transplantation for
alpha-1 antitrypsin deficiency-associated cirrhosis (PI*ZZ; explant showed PAS-positive,
diastase-resistant globules). He feels well, works full time in a warehouse, no fevers,
no jaundice, no GI bleeding. Adherent to tacrolimus and mycophenolate (pharmacy refill
history reviewed). Breathing: no cough, no dyspnea climbing three flights. Never smoked.
He asked (portal) whether he should receive alpha-1 infusions like his sister.

MEDICATIONS: tacrolimus 2 mg BID; mycophenolate mofetil 500 mg BID; TMP-SMX SS 3x/week
(stopped 2023); atorvastatin 10 mg; vitamin D3 2,000 IU; calcium carbonate 600 mg BID.

OBJECTIVE
BP 126/78  HR 68  T 36.7  SpO2 99% RA  Wt 84.3 kg  BMI 27.5
Well appearing, anicteric. Lungs clear. Abdomen: healed chevron incision, no hepatomegaly,
no ascites. No edema. No tremor.
Labs 12/30/2025 reviewed (see cumulative report): graft function normal; tacrolimus 6.1.
AAT 131 mg/dL post-transplant (pre-transplant 19 mg/dL in 2020).
PFT 06/2025: FEV1 96% predicted, FEV1/FVC 0.80, DLCO 92%: normal, no obstruction.
CT chest 06/2025: no emphysema, no bronchiectasis.

ASSESSMENT / PLAN
1. S/p deceased-donor OLT 03/2022 for AATD (PI*ZZ) cirrhosis - excellent graft function.
   Continue tacrolimus (goal 5-8) and mycophenolate.
2. Alpha-1 antitrypsin deficiency, germline PI*ZZ, now with donor-derived MM protein and a
   normal serum level. His lungs are normal (no emphysema, normal spirometry). Augmentation
   therapy is NOT indicated: it is approved only for emphysema with severe deficiency, and his
   graft now produces normal AAT. Explained that his sister's situation differs (native liver,
   emphysema). If he ever developed emphysema, we would re-evaluate, but augmentation would
   still not be expected to be needed with a normal level. No infusion referral.
3. Bone health: DEXA ordered. Vitamin D continued.
4. Skin cancer screening: dermatology referral placed.
5. Family: genetic counseling referral for son; daughter MZ (carrier).
6. Vaccines: Shingrix dose 2 today (lot 7R2K4, exp 2027-08-31) - given in clinic.
Return 12 months; labs every 3 months.
Farah Nasser, MD   e-signed 01/08/2026 12:44
"""

CHART = {
    "chart_id": "b14-016",
    "payer": {"profile": "medicaid", "name": "CareSource (Medicaid)"},
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-01-07", "text": PVP},
        {"id": "d2", "type": "lab_report", "date": "2025-12-30", "text": LAB},
        {"id": "d3", "type": "progress_note", "date": "2026-01-08", "text": PN},
    ],
}

GOLD = {
    "chart_id": "b14-016",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "missing", "patient_weight": "met", "dose_administered": "missing",
        "dose_matches_weight": "missing", "units_match_dose": "not_applicable",
        "wastage_documented": "missing", "lot_number": "missing", "expiration_date": "missing",
        "infusion_times": "missing", "response_to_therapy": "missing",
        "prior_authorization": "missing", "code_selection": "not_applicable",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis", "_ev": "cirrhosis due to alpha-1 antitrypsin deficiency (PI*ZZ)"},
        {"kind": "genotype", "alleles": ["Z", "Z"], "_ev": "SERPINA1 genotyping ........ PI*ZZ"},
        {"kind": "genotype", "alleles": ["M", "M"], "_ev": "Alpha-1-antitrypsin phenotype (IEF) ... MM"},
        {"kind": "serum_aat", "value": 19, "unit": "mg/dL", "_ev": "Alpha-1-antitrypsin ........ 19 mg/dL (L)"},
        {"kind": "serum_aat", "value": 131, "unit": "mg/dL", "_ev": "AAT 131 mg/dL post-transplant"},
        {"kind": "fev1", "value": 96, "_ev": "FEV1 96% predicted"},
        {"kind": "smoking_status", "value": "never", "_ev": "Never smoked."},
        {"kind": "weight", "value": 84.3, "unit": "kg", "value_kg": 84.3, "_ev": "Wt 84.3 kg"},
        {"kind": "weight", "value": 83.6, "unit": "kg", "value_kg": 83.6, "_ev": "wt 83.6 kg"},
    ],
    "notes": (
        "Negative control (no A1PI therapy, no claim lines; DOS = latest document 2026-01-08). AATD is the "
        "patient's diagnosis (liver disease, transplanted) -> met. Germline PI*ZZ (DNA) and post-transplant IEF "
        "phenotype MM (donor liver) differ -> both genotype findings, requirement met on ZZ. Serum 19 mg/dL "
        "(2020) and 131 mg/dL (graft) -> met on the pre-transplant level. Lungs normal: 'no emphysema', "
        "'no obstruction', 'no bronchiectasis' negated; 'If he ever developed emphysema' hypothetical -> "
        "lung_disease missing. Augmentation NOT indicated -> every administration item missing. Sister's Zemaira "
        "5,600 mg and her emphysema are family; daughter MZ family. Shingrix lot/exp is a vaccine. Medicaid PA "
        "required, none (tacrolimus 'no prior authorization needed') -> missing. Never smoker -> met."
    ),
}

ARITH = {
    "weight_kg": 84.3, "weight_source": "d3 clinic 2026-01-08",
    "dose_mg": None, "note": "no A1PI given",
    "lots": [],
    "dos_product": None,
    "response_in_progress_note": False,
    "infusion": {"start": None, "end": None},
}
