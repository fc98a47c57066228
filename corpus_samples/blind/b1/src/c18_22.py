from lib import *

# ---------------- b1-018 ----------------
c = {"chart_id": "b1-018", "date_of_service": "2027-03-09",
     "payer": {"profile": "commercial", "name": "Elevance Health PPO"},
     "prior_authorization": "EH-77120-2027",
     "claim_lines": [{"hcpcs": "J0256", "units": 790, "modifiers": []},
                     {"hcpcs": "S9346", "units": 1, "modifiers": []}],
     "documents": [
  {"id": "d1", "type": "other", "date": "2027-03-05", "text": T("""
    PROLASTIN DIRECT / Partner Specialty Pharmacy -- Dispense Record
    Order ID 2027-0305-4417       Dispensed 03/05/2027     Ship via cold chain, deliver 03/08
    Patient: Imogen Takahashi-Reyes   DOB 1/14/1975
    Plan: Elevance Health PPO   Prior auth: EH-77120-2027 (03/01/2027 - 02/29/2028)
    Product: Prolastin-C Liquid 4,000 mg/80 mL single-dose vial  NDC 13533-0705-80
    Directions: 60 mg/kg (131.5 kg) = 7,890 mg -> give 7,900 mg IV weekly

    THIS FILL
      Vials: 2      Lot 27BRT0093      Exp 01/2028     Labeled potency 4,000 mg each

    FILL HISTORY (last fill, for reference)
      02/05/2027   Vials 2   Lot 26KRT0871   Exp 08/2027   Returned partial vials: 0

    Counseled: storage 2-8 C, may keep at room temp up to 1 month; do not freeze.
    RPh: S. Adeyemi
    """)},
  {"id": "d2", "type": "infusion_record", "date": "2027-03-09", "text": T("""
    HOME INFUSION -- NURSING VISIT RECORD
    Date 03/09/2027      Time in 0830      Time out 1015      Mileage 31
    Patient: Imogen Takahashi-Reyes         Nurse: P. Okwuosa RN

    Assessment: lungs diminished bibasilar, no crackles. SpO2 95% RA. No edema.
    Weight 131.5 kg (bathroom scale, pt's own -- calibrated last visit).
    PIV 22 g R forearm placed 0855.
    Prolastin-C Liquid 2 vials (lot 27BRT0093) -- brought to room temp 30 min.
    Start 0912 / Stop 0951.  Dose given 7,900 mg (158 mL) via pump.
    Partial vial: 2 mL (100 mg) left in vial 2 -> discarded, noted on return slip.
    VS 0915 / 0935 / 0955 stable. No reaction.
    Next visit 03/16/2027.
    """)},
  {"id": "d3", "type": "progress_note", "date": "2027-02-23", "text": T("""
    Pulmonary -- routine follow-up 02/23/2027
    Imogen Takahashi-Reyes, 52 F, AATD PI*ZZ; serum AAT 0.29 g/L at dx (2021).
    Emphysema (panlobular, lower lobes) on CT 2021 and 2025.
    Never smoker. FEV1 67% predicted (02/2027); was 68% in 2026.
    On home Prolastin-C Liquid since 2021. Response: stable lung function, no
    exacerbations in the past 2 years, working full-time. Continue 60 mg/kg weekly.
    Reauthorization submitted and approved (EH-77120-2027).
    """)}]}
emit(c, {}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 0.29, "unit": "g/L"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "smoking_status", "value": "never"}, {"kind": "fev1", "value": 67}, {"kind": "fev1", "value": 68},
    W(131.5, "kg"), {"kind": "dose", "value": 7900}, {"kind": "wastage", "value": 100},
    {"kind": "lot_number", "value": "27BRT0093"}, {"kind": "expiration_date", "value": "2028-01"},
    {"kind": "infusion_start", "value": "09:12"}, {"kind": "infusion_end", "value": "09:51"},
    {"kind": "response_to_therapy"}, {"kind": "prior_authorization", "value": "EH-77120-2027"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid"}],
  "Complete (commercial). Wt 131.5 -> 7890 mg; dose 7900, diff 10 OK. J0256 ceil(7900/10)=790 billed 790; S9346 not a drug line. "
  "Commercial: no JW line, waste 100 mg documented, no JZ -> met. Lot 27BRT0093 exp 01/2028. Traps: fill-history lot 26KRT0871 / exp 08/2027 "
  "is the previous fill (not this DOS, not a finding); Time in 0830 / Time out 1015; PIV 0855; VS 0915/0935/0955; directions 7,890 mg calc; "
  "next visit date.",
  {"style": "specialty-pharmacy dispense record with fill history + home nursing visit 'Start 0912 / Stop 0951'", "traps": "previous fill lot, time in/out, vitals times"})

# ---------------- b1-019 ----------------
c = {"chart_id": "b1-019", "date_of_service": "2025-12-16",
     "payer": {"profile": "medicare", "name": "Medicare Part B"},
     "claim_lines": [{"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]}],
     "documents": [
  {"id": "d1", "type": "infusion_record", "date": "2025-12-16", "text": T("""
    NURSING FLOWSHEET -- INFUSION (single encounter view)     12/16/2025
    Pt: OKAFOR-LINDGREN, AUGUSTINE    MRN 700-51-266

    Measurements
      Ht (cm) ............ 175
      Wt (kg) ............ ***
      Comment ............ Weight deferred -- pt in wheelchair, unable to stand; bed scale
                           unavailable in suite.

    Medication                 Dose (mg)   Vials             Lot       Exp        Waste (mg)
    Aralast NP                 5,000       1,000 mg x 5      LE2207C   06/2027    0

    Time log
      12:48 PM  arrived from transport
      1:02 PM   PIV 22 g L hand
      1:10 PM   Start
      2:05 PM   Stop -- infusion complete, line flushed
      2:20 PM   discharged to transport
    No waste: all 5 vials reconstituted and infused.
    """)},
  {"id": "d2", "type": "progress_note", "date": "2025-12-16", "text": T("""
    Pulmonary attending note 12/16/2025
    Augustine Okafor-Lindgren, 78 M. AATD, phenotype Pi ZZ (1998).
    Pre-treatment serum AAT 72 mg/dL by radial immunodiffusion (1998).
    Trough AAT on augmentation 1.1 g/L (11/2025).
    Emphysema, severe, panlobular. Former smoker (quit 1985). Now wheelchair-dependent
    after L hip fracture 10/2025.
    Augmentation since 1999 (Aralast NP since 2008): response -- no exacerbations in 2025,
    O2 requirement unchanged at 2 L.
    Dosing weight per pharmacy profile -- unable to weigh today; will weigh on chair
    scale next visit.
    Continue Aralast NP weekly.
    """)}]}
emit(c, {"patient_weight": "missing", "dose_matches_weight": "missing", "prior_authorization": "not_applicable"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 72, "unit": "mg/dL"}, {"kind": "serum_aat", "value": 1.1, "unit": "g/L"},
    {"kind": "lung_disease", "value": "emphysema"}, {"kind": "smoking_status", "value": "former"},
    {"kind": "dose", "value": 5000}, {"kind": "wastage", "value": 0},
    {"kind": "lot_number", "value": "LE2207C"}, {"kind": "expiration_date", "value": "2027-06"},
    {"kind": "infusion_start", "value": "13:10"}, {"kind": "infusion_end", "value": "14:05"},
    {"kind": "response_to_therapy"}, {"kind": "drug_product", "value": "Aralast NP"}],
  "Gaps: patient_weight missing ('Wt (kg) ***', weight deferred, 'dosing weight per pharmacy profile' without a value) -> "
  "dose_matches_weight missing. Serum: 72 mg/dL by radial immunodiffusion is below the RID threshold 80 -> met (the on-therapy trough "
  "1.1 g/L is above 0.57 but one level below threshold suffices). J0256 ceil(5000/10)=500 billed 500; JZ + 'No waste'/0 mg met. "
  "Times 1:10 PM-2:05 PM (arrival 12:48, PIV 1:02, discharge 2:20 are not).",
  {"style": "single-encounter flowsheet with unit-in-header columns, *** placeholder, 12-hour PM time log", "traps": "RID threshold, on-therapy trough, deferred weight"})

# ---------------- b1-020 (negative control) ----------------
c = {"chart_id": "b1-020", "date_of_service": "2026-09-08",
     "payer": {"profile": "medicaid", "name": "Sunflower Medicaid"},
     "documents": [
  {"id": "d1", "type": "progress_note", "date": "2026-09-08", "text": T("""
    HEPATOLOGY CLINIC -- FOLLOW-UP                     09/08/2026
    Pt: Dmitri Vasquez-Halloran, 36 M     MRN 45-900-12

    Problem: alpha-1 antitrypsin deficiency, PI*ZZ (dx 2024 via liver biopsy: PAS-D
    positive globules, then genotyping). Serum AAT 0.21 g/L.
    Liver: F2 fibrosis on biopsy 2024; elastography 9.1 kPa today. LFTs: ALT 58, AST 44.
    Lungs: denies dyspnea, cough or wheeze. Spirometry 07/2026 normal: FEV1 98% predicted,
    FEV1/FVC 0.81. CT chest 07/2026: no emphysema.
    Tobacco: current smoker, ~5 cigarettes/day + occasional cannabis. Pre-contemplative.
    Family: older brother PI*ZZ with emphysema, on Zemaira weekly.
    Wt 150 lb. BMI 23.

    Assessment/Plan:
    1. AATD-associated liver disease, F2. Repeat elastography 6 mo, HCC surveillance not yet
       indicated. Avoid alcohol (drinks 2-3 beers/wk -- advised stop).
    2. No lung disease at present. Augmentation therapy is NOT indicated; if he quits smoking
       and develops emphysema, augmentation could be considered in future.
    3. Tobacco use: 4 min cessation counseling; referred to quitline.
    """)},
  {"id": "d2", "type": "lab_report", "date": "2024-05-13", "text": T("""
    CLINICAL CHEMISTRY / MOLECULAR                     Resulted 05/13/2024
    VASQUEZ-HALLORAN, DMITRI
    A1AT (alpha-1 antitrypsin), serum ........ 0.21 g/L   *L*   ref 0.90-2.00 g/L
    A1AT genotype (PCR, S and Z) ............. ZZ
    Interpretation: homozygous PI*Z; severe deficiency. Counsel first-degree relatives.
    """)},
  {"id": "d3", "type": "other", "date": "2026-09-08", "text": T("""
    Tobacco Cessation Counseling Documentation  09/08/2026
    Current tobacco use: Yes -- cigarettes, 5/day. Years smoked: 18.
    Readiness to quit (0-10): 3.  Counseling time: 4 minutes (99406).
    Pharmacotherapy offered: varenicline -- declined. Quitline referral: faxed.
    """)}]}
emit(c, {"lung_disease_evidence": "missing", "dose_administered": "missing", "dose_matches_weight": "missing",
         "units_match_dose": "not_applicable", "wastage_documented": "missing", "lot_number": "missing",
         "expiration_date": "missing", "infusion_times": "missing", "response_to_therapy": "missing",
         "prior_authorization": "missing", "code_selection": "not_applicable", "smoking_status": "conflict"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 0.21, "unit": "g/L"}, {"kind": "fev1", "value": 98},
    {"kind": "smoking_status", "value": "current"}, W(150, "lb")],
  "Negative control: AATD PI*ZZ with liver disease, no lung disease, no augmentation, no claim lines. lung_disease missing "
  "('no emphysema', denies symptoms, normal spirometry; brother's emphysema is family). smoking_status conflict (current). "
  "Wt 150 lb -> 68.0 kg. PA missing (medicaid requires; none). Traps: brother on Zemaira (family -> no drug_product), hypothetical "
  "future augmentation, 99406 counseling code, ref range 0.90-2.00.",
  {"style": "hepatology note + chemistry/molecular lab + tobacco counseling form", "traps": "family drug/disease, hypothetical augmentation, negated lung disease"})

# ---------------- b1-021 ----------------
c = {"chart_id": "b1-021", "date_of_service": "2026-03-24",
     "payer": {"profile": "medicare", "name": "Medicare Part B"},
     "claim_lines": [{"hcpcs": "J0257", "units": 555, "modifiers": []},
                     {"hcpcs": "J0257", "units": 45, "modifiers": ["JW"]}],
     "documents": [
  {"id": "d1", "type": "progress_note", "date": "2026-03-24", "text": T("""
    Infusion Clinic -- MD note 03/24/2026
    Patient: Rosalind Achterberg, 69 F. AATD (Pi ZZ), pre-treatment AAT 5.5 uM (2017).
    Emphysema, panlobular (J43.1). Never smoker.
    Interval: well, no exacerbations since 2024; exercise tolerance same or better;
    spirometry stable over 3 yrs. Continue Glassia weekly.

    ===== text below copied from 03/17/2026 infusion note =====
    Glassia 5,600 mg IV given, lot GLS7741, exp 10/2026; start 10:02, end 10:49;
    no waste. Pt tolerated well.
    ===== end copied text =====
    """)},
  {"id": "d2", "type": "infusion_record", "date": "2026-03-24", "text": T("""
    INFUSION FLOWSHEET     ACHTERBERG, ROSALIND     DOS 03/24/2026     Chair 2
    Wt (kg): 92.5    Order: Glassia 60 mg/kg = 5,550 mg (6 x 1 g/50 mL vials dispensed)
    Lot GLS7790 (all 6 vials)   Exp 01/31/2027

    Time    Rate (mL/hr)   Vol infused (mL)   Comment
    10:21   240            0                  infusion started, 5 micron filter
    10:40   300            78
    11:00   300            178
    11:08   --             --                 infusion complete  [see addendum]
    11:25   --             --                 PIV removed

    Total dose infused (mg): 5,550     Waste: 22.5 mL (450 mg) discarded, witnessed.

    ADDENDUM 03/24/2026 14:15 -- L. Moreau RN: infusion end time charted in error as
    11:08. Pump history reviewed: infusion completed 11:18 (277.5 mL). Corrected end
    time 11:18.
    """)}]}
emit(c, {"prior_authorization": "not_applicable"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 5.5, "unit": "uM"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "smoking_status", "value": "never"}, W(92.5, "kg"),
    {"kind": "dose", "value": 5550}, {"kind": "wastage", "value": 450},
    {"kind": "lot_number", "value": "GLS7790"}, {"kind": "expiration_date", "value": "2027-01-31"},
    {"kind": "infusion_start", "value": "10:21"}, {"kind": "infusion_end", "value": "11:18"},
    {"kind": "response_to_therapy"}, {"kind": "drug_product", "value": "Glassia"}],
  "Complete. Copied-forward block from 03/17 (5,600 mg, lot GLS7741, exp 10/2026, 10:02-10:49, no waste) does not count and is not "
  "in findings. End time 11:08 charted in error, addendum corrects to 11:18 (only 11:18 is a finding). Wt 92.5 -> 5550 mg; dose 5550 exact. "
  "J0257 ceil(5550/10)=555 billed 555; waste 22.5 mL x 20 mg/mL = 450 mg -> JW floor(45)=45 billed 45 met. Glassia -> J0257 correct. "
  "Traps: cumulative volume rows, rate rows, PIV removal 11:25, addendum time 14:15, order 5,550 mg equals the given dose (given dose "
  "stated as 'Total dose infused').",
  {"style": "time-row infusion flowsheet (Rate (mL/hr), Vol infused (mL)) with addendum correction; copy-forward block in MD note", "traps": "copied-forward block, end-time addendum"})

# ---------------- b1-022 ----------------
c = {"chart_id": "b1-022", "date_of_service": "2026-11-17",
     "payer": {"profile": "commercial", "name": "Meridian Choice HMO"},
     "claim_lines": [{"hcpcs": "J0256", "units": 368, "modifiers": []}],
     "documents": [
  {"id": "d1", "type": "progress_note", "date": "2026-11-17", "text": T("""
    PULMONARY PROGRESS NOTE        11/17/2026
    Pt: Yusuf Al-Hamdani-Ortiz    DOB 05/30/1980    MRN 6120-7734

    HPI: 46 M with AATD on weekly Zemaira (transferred care from out of state 09/2026).
    Since transfer: no exacerbations, reports better stamina climbing stairs than last
    spring, no infusion reactions.
    Social history: Tobacco use: *** ; Alcohol: occasional ; Occupation: IT.
    Data: phenotype PiZZ (IEF, 2019); SERPINA1 DNA genotyping ordered 10/2026 -- pending.
      Serum AAT 4.4 umol/L (2019, pre-treatment).
      FEV1 49% predicted (10/2026). CT: panlobular emphysema.
    Wt 61.2 kg.
    A/P: AATD with emphysema -- continue Zemaira 60 mg/kg weekly.
    Insurance: initial request denied 10/28 (see letter); peer-to-peer scheduled 11/24.
    Patient signed financial responsibility waiver for today's infusion.
    """)},
  {"id": "d2", "type": "infusion_record", "date": "2026-11-17", "text": T("""
    INFUSION ADMINISTRATION -- 11/17/2026 -- AL-HAMDANI-ORTIZ, Y
    Product: Zemaira 4,000 mg single-use vial (NDC 0053-7202-01), lot P100440118, exp 03/31/2028
    Dose (mg)  3,680        Wt (kg)  61.2        Waste (mg)  320 (discarded, witnessed)
    Infusion: 14:05 -> 14:41, pump, 5 micron filter.  Vitals q15 min stable.
    Check-in 13:40, discharge 14:55.
    """)},
  {"id": "d3", "type": "other", "date": "2026-10-28", "text": T("""
    MERIDIAN CHOICE HMO -- UTILIZATION MANAGEMENT
    Date: 10/28/2026     Reference #: 7733-0912-A     Case number: C-2026-118220
    Member: Yusuf Al-Hamdani-Ortiz
    Requested: alpha-1 proteinase inhibitor (Zemaira), J0256, weekly x 52
    Determination: NOT APPROVED. The submitted records did not document: non-smoking status
    (required: current non-smoker); confirmation of genotype.
    Plan criteria: serum AAT < 11 uM; FEV1 25-80% predicted; PiZZ, PiZ(null) or
    Pi(null,null); emphysema; non-smoker.
    Referral # on file: REF-5518204 (PCP to pulmonary).
    """)}]}
emit(c, {"prior_authorization": "missing", "smoking_status": "missing"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 4.4, "unit": "uM"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "fev1", "value": 49}, W(61.2, "kg"), {"kind": "dose", "value": 3680},
    {"kind": "wastage", "value": 320}, {"kind": "lot_number", "value": "P100440118"},
    {"kind": "expiration_date", "value": "2028-03-31"},
    {"kind": "infusion_start", "value": "14:05"}, {"kind": "infusion_end", "value": "14:41"},
    {"kind": "response_to_therapy"}, {"kind": "drug_product", "value": "Zemaira"}],
  "Gaps: prior_authorization missing (request denied; Reference # 7733-0912-A, Case C-2026-118220 and Referral REF-5518204 are not PA "
  "numbers; no chart PA); smoking_status missing ('Tobacco use: ***' placeholder; 'non-smoker' appears only in denial/criteria text). "
  "Genotype: IEF PiZZ counts while DNA pending -> met. Wt 61.2 -> 3672; dose 3680, diff 8 OK. J0256 ceil(3680/10)=368 billed 368. "
  "Commercial, no JW/JZ, waste statement 320 mg -> met. FEV1 49 in 25-80. Traps: check-in 13:40, discharge 14:55, 4,000 mg vial size.",
  {"style": "compact infusion record with 'Dose (mg) 3,680  Wt (kg) 61.2' label-value pairs and arrow time range; payer UM denial", "traps": "denial ref/case/referral numbers, *** tobacco, criteria text"})
