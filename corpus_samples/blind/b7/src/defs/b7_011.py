# b7-011: NEGATIVE CONTROL. PI*ZZ with emphysema, augmentation discussed and scheduled but never given
# (first infusion visit held for fever; patient then defers). Medicare Advantage. No claim lines.

CONSULT = """
Summit Lung & Sleep Center
NEW PATIENT CONSULTATION                         Date of service: 01/06/2026
Patient: Marguerite Delacroix-Hahn     DOB 07/19/1951 (74 y)     Acct SLS-330871
Referring: Owen Yazzie, MD (PCP)      Pulmonologist: Beatriz Okonkwo, MD
Coverage: Humana Gold Plus HMO (Medicare Advantage)

Reason: newly found alpha-1 antitrypsin deficiency; discuss augmentation.

HPI: 74-year-old retired librarian with progressive dyspnea over 3 years, now mMRC 3,
stops after 100 yards on level ground. Two exacerbations in 2025 (03/2025 hospitalized
3 days; 09/2025 outpatient prednisone). PCP sent AAT testing after CT showed basilar
emphysema: AAT 22 mg/dL and PI*ZZ (12/2025). She has never had liver problems.
Former smoker: 15 pack-years, quit 1988.

PMH: COPD; osteoarthritis R hip (THA planned, ortho Dr. Kemper); hypothyroidism;
atrial fibrillation on apixaban; GERD.
Meds: Breztri 2 puffs BID, albuterol PRN, apixaban 5 mg BID, diltiazem ER 120 mg daily,
levothyroxine 50 mcg, pantoprazole 40 mg, acetaminophen 1 g TID PRN.
FH: sister "emphysema" (never tested), daughter untested.

Vitals: BP 138/72  HR 84 irregular  SpO2 91% RA  Wt 61.4 kg  Ht 160 cm
Exam: thin, pursed-lip breathing, diminished breath sounds throughout, no wheeze.

PFT today: post-BD FEV1 0.71 L (33% predicted), FVC 1.88 L (67%), FEV1/FVC 0.38; DLCO
29%. 6MWT: 240 m, nadir SpO2 85% RA.
CT chest 11/2025 (outside): panlobular emphysema, lower-lobe predominant.

Assessment:
1. Alpha-1 antitrypsin deficiency, PI*ZZ, with severe panlobular emphysema (J43.1,
   E88.01). Meets criteria for augmentation.
2. Exertional hypoxemia - qualifies for ambulatory O2.
3. Pre-op for R THA - pulmonary risk high; discuss with ortho.

Plan / discussion: Reviewed benefits and limitations of weekly IV augmentation (slower CT
density decline; exacerbation benefit uncertain), time commitment, and cost. She would
like to start. Plan Prolastin-C Liquid 60 mg/kg IV weekly, i.e. about 3,700 mg per
dose at 61.4 kg (pharmacy may round to 4,000 mg vial), first infusion at Summit infusion
suite 01/13/2026 pending Humana authorization. Ambulatory O2 2 L. Pulmonary rehab referral.
Hepatitis A/B vaccination. Will reassess symptoms and exacerbations at 3 and 6 months
after starting.

Beatriz Okonkwo, MD   01/06/2026 16:45
"""

PA = """
HUMANA CLINICAL INTAKE - AUTHORIZATION STATUS (printed from Availity 01/09/2026 14:22)
Member: DELACROIX-HAHN, MARGUERITE   Member ID: H48820913   Plan: Humana Gold Plus HMO
Provider: Summit Lung & Sleep Center   NPI 1730448821
Service: J0256 Alpha-1 proteinase inhibitor (Prolastin-C Liquid) 60 mg/kg weekly x 52
Request date: 01/07/2026       Case ID: 2026-CR-0045512
STATUS: PENDED - ADDITIONAL INFORMATION REQUESTED
Reviewer note: Please submit pre-treatment serum AAT with units and method, genotype
report, and spirometry report. Coverage criteria (Humana Medicare Advantage policy):
serum AAT < 11 umol/L; high-risk phenotype (PI*ZZ, PI*Z(null), PI*(null)(null));
FEV1 30-65% predicted or rapid decline; non-smoker >= 6 months.
Determination due: 01/21/2026 (14 days).
Documents received: consult note 01/06/2026 (2 pages); medication list.
Documents outstanding: lab report with units/method; genotype report; PFT report.
Peer-to-peer available: call 1-800-555-0143, option 3, reference the Case ID.
Expedited review: not requested.
Servicing facility: Summit Infusion Suite, POS 11.
"""

INF = """
SUMMIT INFUSION SUITE - NURSING NOTE            01/13/2026
Pt: Delacroix-Hahn, Marguerite    DOB 07/19/1951
Scheduled: Prolastin-C Liquid first dose, 09:00 (Dr. Okonkwo)

08:30 Arrived with daughter.
08:36 VS: T 38.6 C  HR 108 irregular  BP 142/80  RR 24  SpO2 88% RA -> 92% on 2 L
      Wt 61.0 kg (chair scale)
08:40 Pt reports cough with yellow sputum x 2 days, chills last night.
08:45 Dr. Okonkwo notified of fever/hypoxia. Order: HOLD augmentation, send to urgent
      care for CXR / flu-COVID swab. Do not start infusion.
08:50 Pharmacy notified - prepared Prolastin-C Liquid 4,000 mg/80 mL vial NOT opened;
      returned to pharmacy stock (lot PLL5521X, exp 02/2027) for re-dispense.
08:58 Pt escorted to urgent care (same building) by wheelchair with O2 2 L.
No IV placed. No medication administered this visit.
Authorization status: pending (Humana).
Lyla Fontaine, RN
"""

LAB = """
QUEST DIAGNOSTICS    FINAL REPORT
Patient: DELACROIX-HAHN, MARGUERITE    DOB 07/19/1951
Ordering: YAZZIE, OWEN MD     Collected: 12/08/2025     Reported: 12/15/2025

ALPHA-1-ANTITRYPSIN            22  L        mg/dL        ref 83-199
ALPHA-1 ANTITRYPSIN GENOTYPE   PI*ZZ        (S allele: not detected; Z allele: homozygous)
   Interpretation: Consistent with severe alpha-1 antitrypsin deficiency.
HEPATIC FUNCTION PANEL         ALT 22, AST 25, ALP 88, T bili 0.5 (all within range)
TSH                            3.41 mIU/L   ref 0.40-4.50
CBC                            WBC 6.2, Hgb 13.1, Plt 198 (all within range)
BASIC METABOLIC PANEL          Na 139, K 4.3, CO2 30 (H), BUN 18, Cr 0.84, Glu 97
IgA, SERUM                     176 mg/dL    ref 70-320
HEPATITIS B SURFACE AB         <5 mIU/mL (not immune)
HEPATITIS A AB, TOTAL          NEGATIVE
   Comment: Non-immune to hepatitis A and B; vaccination recommended in AATD.
Specimen: serum; collected at PCP office 12/08/2025 09:31; received 12/08/2025 18:44.
Method (AAT): immunoturbidimetry. Genotype: allele-specific PCR for S and Z.
"""

PHONE = """
TELEPHONE ENCOUNTER   01/20/2026 10:12 AM
Summit Lung & Sleep Center     Pt: Delacroix-Hahn, Marguerite   DOB 07/19/1951
Caller: patient   Callback #: on file (verified)   Re: augmentation therapy
Message type: Clinical question   Priority: Routine
Pt treated at urgent care 01/13 for influenza A (oseltamivir x5 d), feeling better.
Ortho has scheduled R THA 02/24/2026. Pt states she would rather not start weekly
infusions until she has recovered from the hip surgery and asks to postpone. Humana
request still pended. Dr. Okonkwo agrees: cancel standing infusion orders for now;
reschedule consult ~6 weeks post-op to revisit starting augmentation. Pt verbalized
understanding.
Actions: standing order for Prolastin-C Liquid discontinued 01/20/2026 (reason: patient
preference / surgery). Infusion suite and pharmacy notified. Humana request left open.
Routed to: B. Okonkwo, MD.   Taken by: Dana Ruiz, MA
Reviewed/signed: B. Okonkwo, MD 01/20/2026 17:31
"""

CHART = {
    "chart_id": "b7-011",
    "date_of_service": "2026-01-13",
    "payer": {"profile": "medicare", "name": "Humana Gold Plus HMO (Medicare Advantage)"},
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-01-06", "text": CONSULT},
        {"id": "d2", "type": "other", "date": "2026-01-09", "text": PA},
        {"id": "d3", "type": "infusion_record", "date": "2026-01-13", "text": INF},
        {"id": "d4", "type": "lab_report", "date": "2025-12-15", "text": LAB},
        {"id": "d5", "type": "progress_note", "date": "2026-01-20", "text": PHONE},
    ],
}

GOLD = {
    "chart_id": "b7-011",
    "profile": "medicare",
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
        "prior_authorization": "not_applicable",
        "code_selection": "not_applicable",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 22, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 33},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 61.4, "unit": "kg", "value_kg": 61.4},
        {"kind": "weight", "value": 61.0, "unit": "kg", "value_kg": 61.0},
    ],
    "notes": (
        "Negative control (augmentation discussed, never given). Eligibility facts are documented (PI*ZZ, 22 mg/dL, "
        "panlobular emphysema, FEV1 33%), but the DOS infusion visit 01/13/2026 was held ('No medication administered "
        "this visit'), so dose, times, lot and expiration are missing. The returned, unopened vial (lot PLL5521X exp "
        "02/2027) is not the lot of a product given -> no lot/expiration finding. 'about 3,700 mg per dose', "
        "'may round to 4,000 mg vial' and the 4,000 mg/80 mL vial are plans/vial size. Product only planned -> no "
        "drug_product finding. No claim lines -> units/code not_applicable; no waste statement -> wastage missing. "
        "Response missing: therapy never started ('Will reassess ... after starting' is a plan). Medicare Advantage -> "
        "profile medicare, PA not_applicable; Humana 'Case ID 2026-CR-0045512' is a pended request reference, and the "
        "criteria text (AAT < 11 umol/L, FEV1 30-65%, non-smoker >= 6 months) is payer policy. Weights 61.4 kg (01/06) "
        "and 61.0 kg (01/13). Traps: T 38.6 C, SpO2 88%, times 08:30-08:58, scheduled 09:00, apixaban 5 mg, diltiazem "
        "120 mg, levothyroxine 50 mcg, acetaminophen 1 g, oseltamivir; sister 'emphysema' family."
    ),
}
