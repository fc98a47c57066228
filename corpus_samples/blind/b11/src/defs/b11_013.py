D1 = """
eCONSULT (Interprofessional Electronic Consultation) - PULMONARY
Request date: 02/19/2026    Response date: 02/24/2026    Status: COMPLETED - no visit needed
Patient: Vernon L. Stiles    DOB 10/15/1966    MRN GH-5530127    Plan: Aetna Open Access (employer)
Requesting clinician: Beatrix Mwangi, PA-C (Greenhill Primary Care)
Responding specialist: Leonard Szabo, MD (Pulmonary)
Billing: 99452 (requesting) / 99451 (consultant, 5+ min)

QUESTION FROM REQUESTING CLINICIAN
59M with COPD (FEV1 52% pred), current smoker. I ordered alpha-1 testing because he asked - his friend
from church gets "alpha-1 infusions" (Zemaira, he says 5,000 mg every week) and he thinks they might help
him. Results: AAT 134 mg/dL, genotyping negative for S and Z. 1) Does he have AATD? 2) Is augmentation
an option? 3) Anything else you'd recommend?
Attached: PCP note 02/10/2026, lab 02/17/2026, spirometry 11/2025, CT 2025 report.

SPECIALIST RESPONSE
Thank you for this question. I reviewed the attached records.

1) AATD: ruled out. A serum AAT of 134 mg/dL is in the normal range, and SERPINA1 genotyping is negative
   for both S and Z alleles. Targeted genotyping does not detect rare or null alleles, but a null or
   deficient rare allele would be expected to lower the level; at 134 mg/dL (CRP 3 mg/L, not an
   acute-phase elevation) no further testing (phenotyping or sequencing) is needed.
2) Augmentation: not indicated. It is only for severe deficiency (levels below about 11 uM / 57 mg/dL,
   deficient genotypes such as ZZ). It would not benefit him, and no payer would cover it.
3) Recommendations:
   - Smoking cessation is the single most important intervention: varenicline 0.5 mg daily x3 d, BID x4 d,
     then 1 mg BID for 12 weeks, plus quitline referral; consider adding nicotine patch 21 mg if needed.
   - His centrilobular, upper-lobe emphysema on CT is the typical smoking pattern.
   - Escalate to LAMA/LABA (e.g., Stiolto or Anoro) given mMRC 2 and one exacerbation in 2025; ICS not
     needed unless eosinophils >= 300 or frequent exacerbations (AEC 140).
   - Pulmonary rehab referral; vaccines per schedule.
   - Lung cancer screening: eligible (current smoker, 40 pk-yr) - annual LDCT; 2025 CT was negative.
   - Happy to see him in clinic if he has frequent exacerbations or rapid decline.

Time spent on review and written report: 14 minutes.
Leonard Szabo, MD   02/24/2026 07:48
"""

D2 = """
GREENHILL COMMUNITY HOSPITAL LAB - CUMULATIVE REPORT
STILES, VERNON L    MRN GH-5530127    DOB 10/15/1966    M
Ordered by: MWANGI, BEATRIX PA-C          Dx: J44.9 COPD; Z13.89 screening

Collected 02/17/2026 07:36      Final 02/17/2026 15:12 (AAT), 02/20/2026 10:40 (genotype)

ALPHA-1 ANTITRYPSIN, SERUM      134 mg/dL      (ref 100-190)     nephelometry
C-REACTIVE PROTEIN              3 mg/L         (ref <5)
SERPINA1 GENOTYPE (PI*S, PI*Z)  Negative for S and Z
  Interpretation: No S or Z allele detected. Together with a normal AAT concentration this result
  makes alpha-1 antitrypsin deficiency very unlikely. This assay does not detect rare deficiency or null
  alleles.
CBC w/diff: WBC 8.9, Hgb 16.8 (H), Hct 50.1 (H), Plt 244, Eos 140/uL
CARBOXYHEMOGLOBIN (venous)      5.8 %          (ref <2 nonsmoker)

BASIC METABOLIC PANEL
  Sodium 140 mmol/L (135-145)   Potassium 4.1 mmol/L (3.5-5.1)   Chloride 103 mmol/L (98-107)
  CO2 29 mmol/L (22-29)   BUN 16 mg/dL (8-23)   Creatinine 0.98 mg/dL (0.70-1.30)   Glucose 104 mg/dL
LIPID PANEL (fasting)
  Total cholesterol 188 mg/dL   LDL 104 mg/dL   HDL 38 mg/dL   Triglycerides 230 mg/dL

Previous AAT: none on file.
Genotype performed by: Greenhill Molecular Diagnostics (CLIA 22D0099881). Reviewed: P. Haas, MD.
"""

D3 = """
GREENHILL PRIMARY CARE - OFFICE VISIT
02/10/2026   Vernon L. Stiles (59 M)   Provider: Beatrix Mwangi, PA-C   Supervising: E. Cho, MD

CC: COPD check, wants "alpha-1 test"

HPI: COPD diagnosed 2022. Still smoking about 1 pack/day (40 pack-years); tried patches 2023 without
success. Dyspnea climbing 1 flight (mMRC 2). One exacerbation 09/2025 treated with prednisone 40 mg x5
and azithromycin. Uses Spiriva daily and albuterol 3-4x/week. A friend at church with "alpha-1" gets
weekly infusions and told him he should be checked; he's asking if he could get "those infusions".

PMH: COPD; HTN; hyperlipidemia; lumbar DDD.
Meds: Spiriva Respimat 2.5 mcg 2 inh daily; albuterol HFA prn; amlodipine 10 mg; rosuvastatin 20 mg;
meloxicam 7.5 mg prn.
Family history: father MI at 66; mother COPD (smoker). No known AATD in family.

Vitals: BP 144/88, HR 86, RR 16, SpO2 93% RA, Wt 94.8 kg (209 lb), BMI 30.9, T 36.8
Exam: scattered expiratory wheeze, prolonged expiratory phase. No clubbing. No edema.

Data: Spirometry 11/2025: FEV1 1.89 L (52% predicted), FVC 3.77 L, FEV1/FVC 0.50 post-BD.
LDCT 06/2025: moderate centrilobular emphysema, upper-lobe predominant; Lung-RADS 2.

A/P
1. COPD GOLD 2 (FEV1 52%), group E - continue Spiriva; will ask pulmonary about escalation.
2. Rule out alpha-1 antitrypsin deficiency - ATS/ERS and Alpha-1 Foundation guidelines recommend testing
   everyone with COPD once. Ordered AAT level and SERPINA1 genotype. Explained that infusions are only
   for people with severe deficiency.
3. Tobacco use disorder - current smoker, precontemplative -> contemplative today. Counseled 5 min.
4. HTN above goal - recheck 4 wk.
5. Will send eConsult to pulmonary with results.

B. Mwangi, PA-C
"""

CHART = {
    "chart_id": "b11-013",
    "date_of_service": "2026-02-24",
    "payer": {"profile": "commercial", "name": "Aetna Open Access"},
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-02-24", "text": D1},
        {"id": "d2", "type": "lab_report", "date": "2026-02-20", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-02-10", "text": D3},
    ],
}

ARITH = {"profile": "commercial", "dos_weight_kg": 94.8, "dose_mg": None, "waste_mg": None,
         "expirations": [], "start": None, "end": None, "products": []}

GOLD = {
    "chart_id": "b11-013",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "missing", "genotype": "conflict", "serum_aat_level": "conflict",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "missing",
        "dose_matches_weight": "missing", "units_match_dose": "not_applicable",
        "wastage_documented": "missing", "lot_number": "missing", "expiration_date": "missing",
        "infusion_times": "missing", "response_to_therapy": "missing",
        "prior_authorization": "missing", "code_selection": "not_applicable",
        "smoking_status": "conflict", "fev1_range": "met",
    },
    "findings": [
        {"kind": "genotype", "alleles": ["M", "M"]},
        {"kind": "serum_aat", "value": 134, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 52},
        {"kind": "weight", "value": 94.8, "unit": "kg", "value_kg": 94.8},
        {"kind": "smoking_status", "value": "current"},
    ],
    "notes": (
        "Negative control (commercial): AATD ruled out (eConsult). No claim lines. aatd_diagnosis missing: "
        "'ruled out', 'Rule out alpha-1 antitrypsin deficiency' (uncertain), 'very unlikely', friend's "
        "alpha-1 (not family, not patient). 'Negative for S and Z' -> genotype [M, M] -> conflict. Serum "
        "134 mg/dL -> conflict. COPD + centrilobular emphysema -> lung met. FEV1 52 % -> fev1_range met. "
        "Current smoker -> smoking_status conflict. No PA anywhere -> missing. Administration items "
        "missing; units_match_dose and code_selection not_applicable (no claim lines); wastage missing (no "
        "claim lines, no statement). Weight 94.8 kg (209 lb same). Traps: friend's Zemaira 5,000 mg weekly; "
        "thresholds '11 uM / 57 mg/dL' quoted as general criteria; reference 100-190; CRP 3 mg/L; "
        "carboxyhemoglobin 5.8 %; varenicline 0.5/1 mg, nicotine patch 21 mg, prednisone 40 mg, amlodipine "
        "10 mg, rosuvastatin 20 mg, meloxicam 7.5 mg; eConsult CPT 99451/99452; mother's COPD (family); "
        "AEC 140."
    ),
}
