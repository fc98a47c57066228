from common import doc, emit, req_ids

CID = "b8-008"
DOS = "2026-01-27"

d1 = doc("d1", "progress_note", DOS, """
GREAT PLAINS LUNG & CRITICAL CARE
Outpatient Pulmonary Consultation (dictated, transcribed)

January 27, 2026

Re: Loretta Mae Fenske     DOB: 06/14/1949     MRN: GP-0071466
Referring physician: Howard Tran, MD, Family Medicine

Dear Dr. Tran,

Thank you for asking me to see Mrs. Fenske, a 76-year-old woman, after her November admission for a COPD
exacerbation, to evaluate her for alpha-1 antitrypsin deficiency. Her younger sister was diagnosed PI*ZZ in
2022 and receives weekly Zemaira in Omaha, and the family asked whether Mrs. Fenske should be on the same
treatment.

HISTORY: Progressive exertional dyspnea for about 6 years, mMRC 3. Two exacerbations in 2025, one requiring
admission (11/2025, 4 days, no ventilation). Chronic productive cough. She continues to smoke about one pack
per day (55 pack-years) and is thinking about quitting; she tried varenicline in 2019 for 3 weeks.
Medications: budesonide/glycopyrrolate/formoterol 160/9/4.8 mcg 2 puffs BID, albuterol PRN, prednisone taper
completed 11/2025, losartan 50 mg daily, levothyroxine 75 mcg daily, sertraline 50 mg daily.

EXAMINATION: Thin woman, pursed-lip breathing. Weight 61.2 kg, height 160 cm. BP 136/78, HR 96, SpO2 90% on
room air. Decreased breath sounds throughout, scattered end-expiratory wheezes. Tobacco staining of fingers.
No edema.

DATA:
- Alpha-1 antitrypsin 142 mg/dL on 01/15/2026 (reference 100-190), CRP 12 mg/L at the time.
- Alpha-1 antitrypsin 168 mg/dL on 11/04/2025 during the admission (CRP 48 mg/L, acute-phase elevation).
- Phenotype by isoelectric focusing 01/15/2026: MM. S/Z proteotype negative.
- Spirometry 01/15/2026: post-bronchodilator FEV1 0.79 L (38% predicted), FEV1/FVC 0.39.
- CT chest 11/2025: upper-lobe predominant centrilobular emphysema, bronchial wall thickening.

IMPRESSION:
1. Severe COPD (GOLD 3, group E) with centrilobular emphysema, attributable to tobacco.
2. Alpha-1 antitrypsin deficiency has been ruled out: normal serum level on two occasions and PI MM phenotype.
   Her sister's condition does not change this; augmentation therapy is not indicated.
3. Active tobacco use.
4. Chronic hypoxemia at rest - borderline.

RECOMMENDATIONS:
- Smoking cessation is the single most important intervention; started nicotine patch 21 mg/day plus
  lozenges 4 mg PRN, referral to the quit line. Consider varenicline again at follow-up.
- Continue triple inhaler therapy. Add azithromycin 250 mg three times weekly if another exacerbation
  occurs after cessation (QTc 438 ms on 11/2025 ECG).
- Pulmonary rehabilitation referral.
- Ambulatory oximetry and nocturnal oximetry for oxygen qualification.
- No further alpha-1 testing needed. Her sister's children could be offered testing through their own
  physicians.

I will see her again in 3 months. Thank you for this kind referral.

Sincerely,
Margit Halverson, MD, FCCP
Dictated 01/27/2026 15:10, transcribed 01/28/2026 09:02 (jl)
""")

d2 = doc("d2", "lab_report", "2026-01-15", """
CLINICAL SUMMARY (C-CDA Continuity of Care Document) - rendered
Patient: Loretta M. Fenske   Sex: F   DOB: 1949-06-14   Source: Great Plains Regional Lab (HIE feed)
Document date: 2026-01-16T06:44:00-06:00

RESULTS
Panel: ALPHA-1 ANTITRYPSIN PROFILE      Specimen: serum      Collected: 2026-01-15 10:22
  Component                         Value     Unit     Ref. range     Flag
  Alpha-1 antitrypsin               142       mg/dL    100-190
  A1AT phenotype (IEF)              MM                 MM
  A1AT proteotype S/Z (LC-MS/MS)    Negative for S and Z phenotype (Non S Non Z)
  Interpretation: Normal quantity and M-only pattern. Deficiency alleles S and Z not detected. Rare/null
  alleles are uncommon with a normal level.

Panel: C-REACTIVE PROTEIN      Collected: 2026-01-15 10:22
  C-reactive protein                12        mg/L     <5             H

Panel: CBC      Collected: 2026-01-15 10:22
  WBC                               9.8       10*3/uL  4.0-10.5
  Hemoglobin                        15.9      g/dL     12.0-15.5      H
  Platelets                         301       10*3/uL  150-400
  Eosinophils, absolute             0.31      10*3/uL  0.00-0.50

VITAL SIGNS (most recent in document)
  2026-01-15 10:05  Weight 60.8 kg   SpO2 91%   HR 94
""")

d3 = doc("d3", "other", "2025-11-08", """
DISCHARGE SUMMARY (excerpt, scanned from outside hospital)
St. Anselm Hospital - Medicine service
Patient: FENSKE, LORETTA M   Admit 11/04/2025   Discharge 11/08/2025
Principal diagnosis: Acute exacerbation of COPD (J44.1)
Secondary: tobacco dependence (F17.210); hypothyroidism; hypertension; possible alpha-1 antitrypsin
deficiency? - sister affected, AAT level sent (168 mg/dL, drawn while acutely ill) - outpatient follow-up.
Hospital course: nebulized bronchodilators, methylprednisolone 40 mg IV q12h x 2 days then prednisone 40 mg
daily taper, doxycycline 100 mg BID x 5 days. Never required BiPAP.
Discharge weight 59.9 kg. Discharge SpO2 91% RA at rest.
Follow-up: PCP 1 week; pulmonology referral placed.
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "documents": [d1, d2, d3],
}

reqs = {r: "missing" for r in req_ids("medicare")}
reqs.update({
    "genotype": "conflict",
    "serum_aat_level": "conflict",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "units_match_dose": "not_applicable",
    "prior_authorization": "not_applicable",
    "code_selection": "not_applicable",
})

gold = {
    "chart_id": CID,
    "profile": "medicare",
    "requirements": reqs,
    "findings": [
        {"kind": "genotype", "alleles": ["M", "M"]},
        {"kind": "serum_aat", "value": 142, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 168, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 38},
        {"kind": "weight", "value": 61.2, "unit": "kg", "value_kg": 61.2},
        {"kind": "weight", "value": 60.8, "unit": "kg", "value_kg": 60.8},
        {"kind": "weight", "value": 59.9, "unit": "kg", "value_kg": 59.9},
        {"kind": "smoking_status", "value": "current"},
    ],
    "notes": (
        "NEGATIVE CONTROL (AATD ruled out). No claim lines -> units/code not_applicable; wastage missing (nothing said, "
        "nothing given); PA not_applicable (Medicare). aatd_diagnosis missing: 'has been ruled out' (negated), discharge "
        "'possible alpha-1 antitrypsin deficiency?' (uncertain), sister's PI*ZZ (family). Genotype MM by IEF and 'Negative "
        "for S and Z' -> [M,M] -> conflict. Levels 142 and 168 mg/dL, both >= 57 -> conflict. Weight nearest DOS is 61.2 kg "
        "(DOS); 60.8 (01/15) and 59.9 (11/08) historical. Traps: sister on Zemaira (family product, not given); reference "
        "'MM' column; reference 100-190; CRP, Hgb; other drugs' doses (nicotine patch 21 mg, azithromycin 250 mg, "
        "methylprednisolone 40 mg, doxycycline 100 mg, losartan 50 mg); times 10:22/10:05/15:10/09:02."
    ),
}

emit(chart, gold)
