CHART = {
    "chart_id": "b6-010",
    "date_of_service": "2026-09-03",
    "payer": {"profile": "commercial", "name": "Cigna Open Access Plus"},
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-08-06", "text": """
CASCADE CHEST & CRITICAL CARE
NEW PATIENT CONSULTATION                        Date of visit: 08/06/2026
Patient: Matthias Oyelaran-Berg    DOB: 12/02/1981    MRN 00781104
Referring: Dr. Hanna Sato (Internal Medicine)
Consultant: Elise Marchetti, MD, FCCP

REASON FOR CONSULTATION: Newly diagnosed alpha-1 antitrypsin deficiency
with emphysema; evaluate for augmentation therapy.

HPI: 44-year-old software engineer, lifelong never smoker, with 2 years of
progressive exertional dyspnea and two "bronchitis" episodes last winter.
PCP obtained spirometry showing obstruction, then CT showing basilar
emphysema, and AAT testing (07/2026): serum AAT 4.1 umol/L with PI*ZZ
genotype. No liver disease known; LFTs normal. No prior AAT therapy.

PMH: seasonal allergic rhinitis; appendectomy 2001.
MEDS: tiotropium/olodaterol 2.5/2.5 mcg 2 puffs daily (started by PCP),
albuterol HFA PRN, cetirizine 10 mg daily.
ALLERGIES: none.
SOCIAL: Never smoker, no vaping, no occupational dust/fume exposure.
Married, 2 children (ages 9 and 12) - not tested.
FAMILY: Mother has "asthma"; maternal grandfather died of emphysema at 52.
Parents not tested.

VITALS: BP 124/80, HR 80, RR 16, T 36.7 C, SpO2 95% RA,
Wt 68.9 kg, Ht 180 cm, BMI 21.3

EXAM: Thin, no distress. Decreased breath sounds at bases, no wheeze,
no crackles. No hepatomegaly. No clubbing.

DATA:
- PFT 07/22/2026 (post-BD): FEV1 1.74 L, 41% predicted; FVC 4.02 L (77%);
  FEV1/FVC 0.43; DLCO 52%. Severe airflow obstruction with air trapping.
- CT chest 07/2026: panlobular emphysema, lower-lobe predominant.
- AAT 4.1 umol/L; SERPINA1 PI*ZZ (see report). CRP 1.2 mg/L. LFTs normal.
- 6MWT 08/06: 455 m, nadir SpO2 90%.

ASSESSMENT:
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01), severe (4.1 umol/L).
2. Panlobular emphysema (J43.1) with severe airflow obstruction,
   FEV1 41% predicted. Never smoker.
He meets criteria for augmentation therapy.

PLAN:
- Start alpha-1 augmentation: Prolastin-C Liquid 60 mg/kg IV weekly
  (Cigna preferred product). Calc 60 x 68.9 = 4,134 mg -> will order
  4,000 mg (4 x 1000 mg/20 mL vials) at Cascade Infusion Center once
  prior authorization is approved.
- Check IgA level before first dose (done today).
- Hep A/B vaccination status - order titers.
- Pulmonary rehab referral.
- Cascade testing for his children and parents; genetic counseling.
- RTC 3 months after starting therapy to assess tolerance/response.

Elise Marchetti, MD, FCCP   electronically signed 08/06/2026 17:20
"""},
        {"id": "d2", "type": "lab_report", "date": "2026-07-17", "text": """
MAYO CLINIC LABORATORIES                              FINAL REPORT
Client: Cascade Internal Medicine          Ordering: SATO, HANNA MD
Patient: OYELARAN-BERG, MATTHIAS           DOB: 12/02/1981   Sex: M
Order #: 78311094        Collected: 07/13/2026 07:40   Reported: 07/17/2026

Alpha-1-Antitrypsin, Serum
     Result:     4.1 umol/L   (L)
     Reference:  20.0-48.0 umol/L

Alpha-1-Antitrypsin Genotype, SERPINA1 (S and Z alleles)
     Result:     PI*ZZ
     Detail:     Z allele (c.1096G>A, p.Glu366Lys): 2 copies detected
                 S allele (c.863A>T, p.Glu288Val): not detected

C-Reactive Protein
     Result:     1.2 mg/L
     Reference:  <=8.0 mg/L

Interpretation:
This individual is homozygous for the Z allele, consistent with severe
alpha-1 antitrypsin deficiency. The measured AAT concentration is below
the protective threshold of 11 umol/L. First-degree relatives should be
offered testing. This test does not detect rare deficiency alleles.

Electronically signed by: Gregory Lindahl, MD, PhD  07/17/2026 15:06
"""},
        {"id": "d3", "type": "other", "date": "2026-08-20", "text": """
Cigna Healthcare - Medical Pharmacy Prior Authorization
COVERAGE APPROVAL LETTER

08/20/2026
Provider: Elise Marchetti, MD - Cascade Chest & Critical Care
Fax: 206-555-0193
Customer: MATTHIAS OYELARAN-BERG    Customer ID: U88104417 01

We approved coverage of:
  Drug: Prolastin-C Liquid (alpha1-proteinase inhibitor [human])
  HCPCS: J0256, up to 450 units (4,500 mg) per week
  Site of care: Cascade Infusion Center (non-hospital infusion suite)
  Authorization Number: EV-88410-2611
  Approval dates: 08/20/2026 - 08/19/2027

Cigna coverage policy requires, for initial approval: age 18 or older;
AAT < 11 umol/L (80 mg/dL); FEV1 < 80% predicted; current non-smoker;
dosing of 60 mg/kg IV weekly. Continuation requires documentation of
clinical benefit.

If you have questions, call 1-800-555-0166 and reference the
authorization number above.
"""},
        {"id": "d4", "type": "infusion_record", "date": "2026-09-03", "text": """
CASCADE INFUSION CENTER - INFUSION VISIT RECORD
Date: 09/03/2026     Patient: OYELARAN-BERG, MATTHIAS    DOB 12/02/1981
Order: Prolastin-C Liquid 4,000 mg IV x1 weekly (first dose)
Auth: EV-88410-2611 (Cigna, verified 09/01)
RN: Danielle Okafor, RN

0925  Arrived for first augmentation infusion.
0930  VS: T 38.6 C (101.5 F), HR 104, BP 118/70, RR 22, SpO2 93% RA.
      Wt 68.0 kg.
      Reports productive cough x2 days, chills last night, green sputum.
0938  Per protocol, fever > 38.0 C = hold. Dr. Marchetti notified.
0950  Order from Dr. Marchetti: DO NOT START infusion today. Patient
      to urgent care/clinic for evaluation of acute bronchitis; CXR.
      Reschedule first dose for 09/10/2026 at 1000.
0952  Pharmacy notified before preparation; order placed on hold.
      Infusion not started.
1005  Pt left ambulatory with wife to Cascade Urgent Care.

MEDICATION ADMINISTRATION: none this visit.
Planned first dose (09/10/2026): Prolastin-C Liquid 4,000 mg
(4 x 1000 mg/20 mL), infuse at 0.08 mL/kg/min.

Danielle Okafor, RN   09/03/2026 10:12
"""},
    ],
}

GOLD = {
    "chart_id": "b6-010",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
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
        "prior_authorization": "met",
        "code_selection": "not_applicable",
        "smoking_status": "met",
        "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 4.1, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 41},
        {"kind": "weight", "value": 68.0, "unit": "kg", "value_kg": 68.0},
        {"kind": "weight", "value": 68.9, "unit": "kg", "value_kg": 68.9},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "prior_authorization", "value": "EV-88410-2611"},
    ],
    "notes": (
        "NEGATIVE CONTROL (augmentation planned and authorized but never given). Consult note, reference-lab report "
        "(result on the line below the test name, umol/L), Cigna approval letter, infusion visit where the first dose was "
        "held for fever. No claim lines -> units_match_dose / code_selection not_applicable; wastage missing (no waste "
        "statement). Diagnosis, ZZ genotype, 4.1 uM level, emphysema, FEV1 41%, never smoker and the authorization number "
        "are real and met. No dose, lot, expiration or infusion times exist; no response (therapy never started; 'RTC 3 months "
        "... to assess response' is a plan). Prolastin-C Liquid is only planned/approved -> no drug_product finding. "
        "Traps: calc 4,134 mg, planned 4,000 mg (4 x 1000 mg/20 mL), approval 'up to 450 units (4,500 mg)', arrival 0925, "
        "VS 0930, hold 0938/0950/0952, reschedule 09/10/2026 1000, cetirizine 10 mg, policy criteria (< 11 umol/L, FEV1 < 80%), "
        "reference 20.0-48.0 umol/L, grandfather emphysema (family)."
    ),
}
