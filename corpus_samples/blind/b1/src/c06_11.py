from lib import *

# ---------------- b1-006 ----------------
c = {"chart_id": "b1-006", "date_of_service": "2027-01-12",
     "payer": {"profile": "commercial", "name": "UMR / Cascade Employers Plan"},
     "claim_lines": [{"hcpcs": "J0256", "units": 330, "modifiers": []},
                     {"hcpcs": "J0256", "units": 20, "modifiers": ["JW"]}],
     "documents": [
  {"id": "d1", "type": "infusion_record", "date": "2027-01-12", "text": T("""
    MAR - Administration History (printed 1/12/27 11:40 AM)
    Patient: Hanne Sorvino  | MRN 000-614-552 | 1/12/27 Outpatient Infusion, Bay 3

    prolastin-C liquid (alpha1-proteinase inhibitor) 50 mg/mL IV infusion
      Ordered: 60 mg/kg  (dosing weight 54.7 kg)  -> 3,282 mg, rounded to 3,300 mg
      Dispensed: 1,000 mg/20 mL x 3 + 500 mg/10 mL x 1 (3,500 mg)
      Verified by: Okafor, Dele PharmD   1/11/27 4:48 PM

      Date     Time       Action          Dose      Vol     Rate          Site        By
      1/12/27  10:01 AM   Scanned         --        --      --            --          RE
      1/12/27  10:05 AM   New Bag         3,300 mg  66 mL   3.9 mL/min    L AC        RE
      1/12/27  10:22 AM   Stopped         --        --      --            L AC        RE
                          Reason: infusion complete
      1/12/27  10:24 AM   Wasted          200 mg    4 mL    --            --          RE/TK
                          (remainder of 500 mg vial, witnessed T. Kowal RN)

    diphenhydramine 25 mg IV   -- not given (premed PRN, not needed)

    Product detail: Prolastin-C Liquid  NDC 13533-0705-xx  Lot 27AGS1042  Exp 10/31/2027
    """)},
  {"id": "d2", "type": "progress_note", "date": "2027-01-12", "text": T("""
    Pulmonary / Alpha-1 Clinic -- Return visit           Jan 12 2027
    Hanne Sorvino, 49 F    PCP Dr. Jun

    Background: AATD, PI*SZ (compound heterozygous c.863A>T / c.1096G>A, 2022). Serum AAT
    48 mg/dL by nephelometry (2022, pre-augmentation; ref 90-200). Emphysema, diffuse, with
    bibasilar cylindrical bronchiectasis on HRCT. Lifelong never smoker; grew up with
    2 smoking parents. Augmentation (Prolastin-C Liquid) since 11/2022.

    Interval: exacerbations down from ~4/yr before augmentation to 1 in the last 12 months
    (Aug, outpatient). Uses 2 L O2 with exertion.
    PFT 12/2026: FEV1 0.61 L = 22% predicted; FVC 1.85 L; FEV1/FVC 33%.
    Wt 54.7 kg (down 1 kg).

    Assessment/Plan:
    Severe emphysema due to alpha-1 antitrypsin deficiency with bronchiectasis.
    Responding to therapy (fewer exacerbations). Continue weekly augmentation 60 mg/kg.
    Lung transplant evaluation referral discussed -- pt wishes to proceed.
    Auth number: UMR-A1P-260914 (renewed 12/2026).
    """)}]}
emit(c, {"wastage_documented": "conflict", "fev1_range": "conflict"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["S", "Z"]},
    {"kind": "serum_aat", "value": 48, "unit": "mg/dL"},
    {"kind": "lung_disease", "value": "emphysema"}, {"kind": "lung_disease", "value": "bronchiectasis"},
    {"kind": "smoking_status", "value": "never"}, {"kind": "fev1", "value": 22},
    W(54.7, "kg"), {"kind": "dose", "value": 3300}, {"kind": "wastage", "value": 200},
    {"kind": "lot_number", "value": "27AGS1042"}, {"kind": "expiration_date", "value": "2027-10-31"},
    {"kind": "infusion_start", "value": "10:05"}, {"kind": "infusion_end", "value": "10:22"},
    {"kind": "response_to_therapy"}, {"kind": "prior_authorization", "value": "UMR-A1P-260914"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid"}],
  "Gaps: wastage_documented conflict (commercial profile, JW line billed although wastage is not reimbursed); fev1_range conflict "
  "(FEV1 22% predicted < 25). Genotype SZ on commercial is met because serum 48 mg/dL (nephelometry) < 57. Wt 54.7 -> 3282 mg; "
  "dose 3300, diff 18 OK. J0256 ceil(3300/10)=330 billed 330. Traps: FEV1/FVC 33% is a ratio, not FEV1 % predicted; FEV1 0.61 L; "
  "order rounding 3,282 -> 3,300; dispensed 3,500 mg; scan 10:01 AM; waste 10:24 AM; pharmacist verify 4:48 PM day before; "
  "diphenhydramine not given; parents smoked (not the patient); ref range 90-200.",
  {"style": "eMAR administration history with 12-hour AM/PM times, New Bag/Stopped/Wasted rows", "traps": "FEV1/FVC % vs FEV1 %pred, commercial JW, SZ with low level"})

# ---------------- b1-007 ----------------
c = {"chart_id": "b1-007", "date_of_service": "2026-10-05",
     "payer": {"profile": "medicaid", "name": "TexCare Medicaid (MCO)"},
     "prior_authorization": "TXM-PA-88120455",
     "claim_lines": [{"hcpcs": "J0256", "units": 674, "modifiers": []},
                     {"hcpcs": "J0256", "units": 26, "modifiers": ["JW"]},
                     {"hcpcs": "S9346", "units": 1, "modifiers": []}],
     "documents": [
  {"id": "d1", "type": "other", "date": "2026-10-01", "text": T("""
    LONE PINE SPECIALTY RX -- Delivery Ticket / Dispensing Log
    Ticket 26-10-0093    Dispense date: 10/01/2026    Delivery window: 10/02 AM
    Patient: ESPINOZA-GRAY, TOMAS    Home: (address on file)
    Insurance: TexCare Medicaid     PA #: TXM-PA-88120455 (eff 07/15/2026-07/14/2027)
    Rx: Zemaira (alpha1-PI) 60 mg/kg IV weekly; dosing wt 112.3 kg => 6,740 mg
    Reconstitute with supplied SWFI; use within 3 h; 5 micron filter.

    Item                         NDC            Qty  Lot          Exp
    Zemaira 4,000 mg kit         0053-7202-01   1    P100412277   06/30/2027
    Zemaira 1,000 mg kit         0053-7201-01   3    P100398815   02/28/2027
    Mix2Vial transfer set                       4
    Filter 5 um                                 2
    NS 10 mL flush                              6

    Total dispensed: 7,000 mg (7 g)
    Return log: no vials returned from prior delivery (09/24).
    Pharmacist: L. Dang, RPh   Driver signature: R.M.   Received by: patient 10/02/2026 9:10 am
    """)},
  {"id": "d2", "type": "infusion_record", "date": "2026-10-05", "text": T("""
    SKILLED NURSING VISIT -- HOME INFUSION                  Visit date 10/05/2026
    Time in 12:40    Time out 14:10     Visit #41
    Tomas Espinoza-Gray, 58 M. Dx E88.01 AATD, J43.9 emphysema.

    Pre-assessment: alert, ambulatory, mild DOE on stairs. BS diminished bilat.
    VS 12:50  BP 136/82  HR 86  RR 20  SpO2 92% RA  T 98.1 F
    Wt 112.3 kg (247.6 lb) on home scale.
    PIV 22 g L forearm 12:58 (2nd attempt).

    Zemaira reconstituted in home 12:45-12:58 (4 vials: 1x4 g + 3x1 g), pooled.
    Infusion 1305-1340 via gravity/dial-a-flow, approx 3.9 mL/min.
    Dose infused: 6,740 mg (134.8 mL).
    Waste: 5.2 mL @ 50 mg/mL = 260 mg from last 1 g vial, discarded in sharps/RX waste.
    Post VS 13:45 BP 130/78 HR 80 SpO2 93%. No reaction. PIV d/c 13:50.
    Next visit 10/12/2026.   Signed: C. Abara, RN
    """)},
  {"id": "d3", "type": "progress_note", "date": "2026-09-14", "text": T("""
    PULMONOLOGY CLINIC NOTE   09/14/2026
    Tomas Espinoza-Gray  58 y  DOB 03/03/1968
    Dx: alpha-1 antitrypsin deficiency, genotype PI*ZZ; serum AAT 0.38 g/L at diagnosis (2023).
    Spirometry 08/2026: obstructive ventilatory defect, FEV1 33% predicted, no BD response.
    CT 2023: panacinar emphysema, lower lobes.
    Social: former smoker (quit 2019, 25 pk-yr). Works from home.
    Course on Zemaira (home infusion since 01/2024): clinically stable -- no exacerbations
    since starting augmentation, CAT score improved 19 -> 14. FEV1 unchanged from 2025.
    Plan: continue weekly Zemaira 60 mg/kg via home infusion; PA renewal July 2027.
    """)}]}
emit(c, {}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 0.38, "unit": "g/L"},
    {"kind": "lung_disease", "value": "airflow_obstruction"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "fev1", "value": 33}, {"kind": "smoking_status", "value": "former"},
    W(112.3, "kg"), {"kind": "dose", "value": 6740}, {"kind": "wastage", "value": 260},
    {"kind": "lot_number", "value": "P100412277"}, {"kind": "lot_number", "value": "P100398815"},
    {"kind": "expiration_date", "value": "2027-06-30"}, {"kind": "expiration_date", "value": "2027-02-28"},
    {"kind": "infusion_start", "value": "13:05"}, {"kind": "infusion_end", "value": "13:40"},
    {"kind": "response_to_therapy"}, {"kind": "prior_authorization", "value": "TXM-PA-88120455"},
    {"kind": "drug_product", "value": "Zemaira"}],
  "Complete (medicaid). Wt 112.3 kg -> 6738 mg; dose 6740, diff 2 OK. J0256 ceil(6740/10)=674 billed 674. Waste 5.2 mL x 50 mg/mL = 260 mg -> "
  "JW floor(26.0)=26 billed 26 met. S9346 per diem not a drug line. Lots from the delivery ticket (both kits used on DOS); exps 2027 after DOS. "
  "Former smoker -> met. Traps: Time in 12:40 / Time out 14:10, reconstitution 12:45-12:58, PIV 12:58, VS 12:50/13:45, PIV d/c 13:50, "
  "delivery 9:10 am; range 'Infusion 1305-1340' is the infusion; 7,000 mg dispensed vs 6,740 mg given; Rx line '=> 6,740 mg' is an order.",
  {"style": "specialty-pharmacy delivery ticket (NDC/lot/exp per kit, return log) + home SN visit with Time in/out and '1305-1340' range, waste in mL x concentration", "traps": "time in/out, reconstitution, dispensed total"})

# ---------------- b1-008 ----------------
c = {"chart_id": "b1-008", "date_of_service": "2026-02-10",
     "payer": {"profile": "medicare", "name": "Medicare Part B"},
     "claim_lines": [{"hcpcs": "J0257", "units": 426, "modifiers": ["JZ"]},
                     {"hcpcs": "J0257", "units": 74, "modifiers": ["JW"]}],
     "documents": [
  {"id": "d1", "type": "other", "date": "2026-02-10", "text": T("""
    Oracle Health PowerChart -- PowerForm: IV Biologic Administration
    Patient: TRAN, MINH-CHAU     MRN 3300-2291     Location: HOPD Infusion, Rm 4
    Performed on: 02/10/2026 12:06 CST     By: ABERNETHY, SIOBHAN RN
    ------------------------------------------------------------------------------
    Drug ........................................ GLASSIA 1 g/50 mL solution
    Vials used .................................. 5
    Lot Number .................................. GL25K091
    Expiration Date ............................. 01/31/2026
    [x] Expiration verified prior to administration
    Weight (kg) ................................. 71.0
    Dose Ordered ................................ 60 mg/kg
    Dose Given (mg) ............................. 4,260
    Volume Infused (mL) ......................... 213
    Filter ...................................... 5 micron in-line
    Infusion Start Date/Time: 02/10/2026 11:04 CST
    Infusion End Date/Time:   02/10/2026 11:52 CST
    Waste
      [ ] No waste
      [x] Partial vial wasted .................... 37 mL (740 mg)
    Adverse reaction ............................ [x] None  [ ] Mild  [ ] Severe
    Comments .................................... pt tolerated, d/c home 12:00
    """)},
  {"id": "d2", "type": "progress_note", "date": "2026-02-10", "text": T("""
    HOPD Infusion -- Physician note  2/10/2026
    Minh-Chau Tran, 63 F with severe AATD (SERPINA1 homozygous c.1096G>A / PI*ZZ) and
    emphysema / COPD (J44.9, J43.2 centrilobular + panlobular), seen before weekly Glassia.
    Doing well: no exacerbations since 2024, walks daily; spirometry stable over 2 years.
    Never smoker. Wt 71.0 kg.  Lungs: distant BS, no wheeze.
    Continue Glassia 60 mg/kg IV weekly.
    """)},
  {"id": "d3", "type": "lab_report", "date": "2022-06-14", "text": T("""
    MOLECULAR GENETICS LABORATORY -- SERPINA1 (alpha-1 antitrypsin) genotyping
    Specimen: whole blood, collected 06/01/2022      Reported 06/14/2022
    Patient: TRAN, MINH-CHAU
    Variant              HGVS                   Zygosity       Classification
    PI*Z                 c.1096G>A p.Glu366Lys  Homozygous     Pathogenic
    PI*S                 c.863A>T p.Glu288Val   Not detected
    Alpha-1 antitrypsin, serum (immunoturbidimetry): 4.9 umol/L   (ref 20-48 umol/L)  LOW
    """)}]}
emit(c, {"wastage_documented": "conflict", "expiration_date": "conflict", "prior_authorization": "not_applicable"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 4.9, "unit": "uM"},
    {"kind": "lung_disease", "value": "emphysema"}, {"kind": "lung_disease", "value": "copd"},
    {"kind": "smoking_status", "value": "never"}, W(71.0, "kg"),
    {"kind": "dose", "value": 4260}, {"kind": "wastage", "value": 740},
    {"kind": "lot_number", "value": "GL25K091"}, {"kind": "expiration_date", "value": "2026-01-31"},
    {"kind": "infusion_start", "value": "11:04"}, {"kind": "infusion_end", "value": "11:52"},
    {"kind": "response_to_therapy"}, {"kind": "drug_product", "value": "Glassia"}],
  "Gaps: expiration_date conflict (lot GL25K091 exp 01/31/2026 < DOS 02/10/2026, despite the '[x] Expiration verified' box); "
  "wastage_documented conflict (JW and JZ both on J0257). Otherwise: wt 71.0 -> 4260 mg, dose 4260 exact. J0257 administered lines "
  "(the JZ line) ceil(4260/10)=426 billed 426 met. JW 74 = floor(740/10) would match, but JW+JZ together is a conflict. "
  "Traps: PowerForm performed 12:06, discharge 12:00; 'Dose Ordered 60 mg/kg'; PI*S 'Not detected' is not an allele; ref range 20-48 umol/L.",
  {"style": "Cerner PowerForm (Dose Given (mg) label with unit, checkboxes, CST start/end) + molecular genotype table", "traps": "expired lot with 'verified' checkbox, JW+JZ, 'not detected' variant"})

# ---------------- b1-009 (negative control) ----------------
c = {"chart_id": "b1-009", "date_of_service": "2026-04-21",
     "payer": {"profile": "commercial", "name": "Aetna Choice POS II"},
     "documents": [
  {"id": "d1", "type": "progress_note", "date": "2026-04-21", "text": T("""
    ALPHA-1 FOUNDATION CLINICAL RESOURCE CENTER -- Combined Liver/Lung Visit
    Date: 04/21/2026     Pt: Colette Marchetti-Young, 39 F    MRN 81-223-09

    Reason: new dx of alpha-1 antitrypsin deficiency found during w/u of mildly elevated ALT.
    Genotype PI*ZZ (03/2026), serum AAT 19 mg/dL.
    Resp: no dyspnea, runs 5K twice a week. No cough/wheeze. Never smoker; no vaping;
    no occupational exposures.
    Family: sister tested PI*MZ (level 92 mg/dL); parents not tested. Father had
    "emphysema" at 60 (smoker).

    Exam: Wt 71.4 kg  BP 118/72  SpO2 99% RA. Lungs clear.
    PFT 04/14/2026: FEV1 3.12 L, 92% predicted; FEV1/FVC 0.78; DLCO 88% predicted.
      Interpretation: normal spirometry, no obstruction.
    CT chest 04/14/2026: no emphysema. No bronchiectasis.
    FibroScan: 7.8 kPa, CAP 212.

    Assessment:
    1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01) -- liver involvement (mild fibrosis
       by elastography), no lung disease at present.
    2. No evidence of COPD or emphysema.
    Plan:
    - Augmentation therapy NOT indicated at this time (normal lung function).
    - If FEV1 falls below 80% predicted or CT shows emphysema, would start
      Prolastin-C 60 mg/kg weekly (~4,300 mg at current weight) after PA.
    - Annual PFTs, liver US q6 mo, hepatitis A/B vaccination, avoid alcohol.
    """)},
  {"id": "d2", "type": "lab_report", "date": "2026-03-18", "text": T("""
    ARUP-STYLE REPORT   Alpha-1 Antitrypsin Deficiency Profile      Received 03/11/2026
    MARCHETTI-YOUNG, COLETTE
    Alpha-1-Antitrypsin (immunoturbidimetry)   19 mg/dL    L    (90-200)
    SERPINA1 Genotype                          PI*ZZ
      S allele (c.791A>T legacy)   Not Detected
      Z allele (c.1024G>A legacy)  Detected -- 2 copies
    Interpretation: Homozygous Z. Consistent with severe AAT deficiency.
    """)},
  {"id": "d3", "type": "other", "date": "2026-04-21", "text": T("""
    [Scanned into chart] Aetna Clinical Policy Bulletin 0145 excerpt -- provided for
    staff reference:
    Alpha-1 proteinase inhibitor is considered medically necessary for members with
    clinically evident emphysema who have: pretreatment serum AAT < 11 umol/L (80 mg/dL by
    RID or 50 mg/dL by nephelometry); post-bronchodilator FEV1 >= 25% and <= 80% predicted;
    PiZZ, PiZ(null) or Pi(null,null) phenotype; and are non-smokers. Least-cost brand:
    Prolastin-C.
    """)}]}
emit(c, {"lung_disease_evidence": "missing", "dose_administered": "missing", "dose_matches_weight": "missing",
         "units_match_dose": "not_applicable", "wastage_documented": "missing", "lot_number": "missing",
         "expiration_date": "missing", "infusion_times": "missing", "response_to_therapy": "missing",
         "prior_authorization": "missing", "code_selection": "not_applicable", "fev1_range": "conflict"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 19, "unit": "mg/dL"}, {"kind": "smoking_status", "value": "never"},
    W(71.4, "kg"), {"kind": "fev1", "value": 92}],
  "Negative control: AATD (PI*ZZ, 19 mg/dL) WITHOUT augmentation and without lung disease; no claim lines. lung_disease missing "
  "(CT 'no emphysema', 'No evidence of COPD', 'no obstruction', 'No bronchiectasis' all negated; father's emphysema is family). "
  "fev1_range conflict: FEV1 92% > 80. PA missing (none; policy text is not an authorization). Traps: planned Prolastin-C "
  "(~4,300 mg) is hypothetical, so no dose and no drug_product; policy bulletin thresholds and 'Prolastin-C' are quoted criteria; "
  "sister PI*MZ 92 mg/dL is family; legacy c.1024G>A naming for Z.",
  {"style": "AATD clinic note + ARUP-style profile with legacy cDNA names + scanned payer policy", "traps": "hypothetical plan with dose, policy criteria text, family results, negated CT"})

# ---------------- b1-010 ----------------
c = {"chart_id": "b1-010", "date_of_service": "2026-06-09",
     "payer": {"profile": "medicaid", "name": "Keystone Medicaid HMO"},
     "claim_lines": [{"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]}],
     "documents": [
  {"id": "d1", "type": "infusion_record", "date": "2026-06-09", "text": T("""
    FLOWSHEET -- A1PI AUGMENTATION (Prolastin-C 1,000 mg lyophilized vials)
    Pt: DOUGHERTY, SEAMUS   MRN 119-44-802      Filter: last 3 visits

    Date       Wt (kg)  Dose (mg)  Vials  Lot       Exp      Start  Stop   Waste (mg)  Rxn  RN
    05/12/2026 95.2     4000       4      B3W0377   11/2026  1415   1452   0           N    LH
    05/26/2026 --       4000       4      B3W0377   11/2026  1410   1446   0           N    LH
    06/09/2026 96.0     4000       4      B3W0412   02/2027  1420   1503   0           N    PG

    06/09 comments: arrived 1350; PIV 20 g R hand 1405. No waste -- 4 x 1,000 mg vials fully
    reconstituted and infused. VS q15 min, stable. D/C 1515.
    """)},
  {"id": "d2", "type": "progress_note", "date": "2026-06-09", "text": T("""
    Pulmonary NP note -- 6/9/2026
    Seamus Dougherty, 47 M. AATD (PiZZ, serum AAT 24 mg/dL in 2021), emphysema
    (panlobular, bilateral lower lobes). Never smoker.
    Augmentation with Prolastin-C since 2021. Breathing stable, no exacerbations since
    January, able to work full shifts. FEV1 46% predicted (04/2026), stable.
    Wt 96.0 kg today; was 68 kg in 2023 when the standing order (4,000 mg flat) was written.
    Weight gain after steroid courses + reduced activity -- dietitian referral.
    >> Order not updated for weight. Will ask Dr. Shah to revise to 60 mg/kg x 96 kg =
       5,760 mg starting next week.
    Insurance: Medicaid PA renewal for 2026 was DENIED 05/20/2026 (denial ref#
    DN-2026-044817, "no PFT within 12 months"); appeal with the 04/2026 PFT faxed 06/01.
    Referral #RF-99213 to pulmonary on file. Infusion today given under the appeal.
    """)},
  {"id": "d3", "type": "other", "date": "2026-05-20", "text": T("""
    KEYSTONE MEDICAID HMO -- NOTICE OF ADVERSE BENEFIT DETERMINATION
    Member: Seamus Dougherty    Reference number: DN-2026-044817    Date: 05/20/2026
    Service requested: J0256 alpha-1 proteinase inhibitor, 52 visits
    Decision: DENIED. Reason: the documentation did not include pulmonary function tests
    within the past 12 months. Coverage criteria: AAT deficiency with serum level below
    11 uM; FEV1 between 30% and 65% predicted; non-smoker; emphysema on imaging.
    You may appeal within 60 days.
    """)}]}
emit(c, {"dose_matches_weight": "conflict", "prior_authorization": "missing"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 24, "unit": "mg/dL"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "smoking_status", "value": "never"}, {"kind": "fev1", "value": 46},
    W(95.2, "kg"), W(96.0, "kg"), W(68, "kg"),
    {"kind": "dose", "value": 4000}, {"kind": "wastage", "value": 0},
    {"kind": "lot_number", "value": "B3W0412"}, {"kind": "expiration_date", "value": "2027-02"},
    {"kind": "infusion_start", "value": "14:20"}, {"kind": "infusion_end", "value": "15:03"},
    {"kind": "response_to_therapy"}, {"kind": "drug_product", "value": "Prolastin-C"}],
  "Gaps: dose_matches_weight conflict: wt nearest DOS 96.0 kg -> 5760 mg, tolerance 576; dose 4000, diff 1760 > 576. "
  "prior_authorization missing: PA denied; denial ref DN-2026-044817 and referral RF-99213 are not authorization numbers; chart has none. "
  "Units: J0256 ceil(4000/10)=400 billed 400 met. JZ with 'No waste' (0 mg) met. DOS row only for lot B3W0412 / exp 02/2027 / 1420-1503; "
  "earlier rows (lot B3W0377 exp 11/2026, 1415/1452, 1410/1446) excluded. Weights 95.2 (earlier row) and 68 kg (2023) are historical "
  "findings; requirement uses 96.0. Traps: planned 5,760 mg is a plan, not a dose; arrival 1350, PIV 1405, D/C 1515; "
  "denial letter criteria text.",
  {"style": "multi-visit flowsheet with Start/Stop four-digit columns, Medicaid denial letter", "traps": "earlier rows, planned recalculated dose, denial ref/referral numbers"})

# ---------------- b1-011 ----------------
c = {"chart_id": "b1-011", "date_of_service": "2025-08-26",
     "payer": {"profile": "medicare", "name": "Medicare Part B"},
     "claim_lines": [{"hcpcs": "J2252", "units": 4000, "modifiers": ["JZ"]}],
     "documents": [
  {"id": "d1", "type": "infusion_record", "date": "2025-08-26", "text": T("""
    eMAR / Flowsheet Export -- Infusion Suite B         Run: 08/26/2025 11:15 am
    Patient: LINDQVIST, MARGARETA E   MRN 604-228-17   Age 72   Allergies: sulfa (rash)

    MEASUREMENTS
    Date        Time       Wt (kg)   Ht (cm)   Comment
    08/26/2025  9:12 am    6.73      163       ** ENTERED IN ERROR 9:14 am (decimal) **
    08/26/2025  9:14 am    67.3      163       standing scale

    MEDICATION: alpha1-proteinase inhibitor, human (PROLASTIN-C) 1,000 mg lyophilized
      vial x 4, reconstituted w/ 20 mL SWFI each (50 mg/mL)
      Order: 60 mg/kg IV weekly (calc 4,038 mg -> round to 4,000 mg per vial-rounding protocol)
      Pharmacist verification: 08/25/2025 3:32 pm  (J. Fitzgerald, RPh)

    Date       | Time      | Dose  | Route | Rate         | Site      | Initials | Status
    08/26/2025 | 9:31 am   |       |       |              |           | MW       | Scanned
    08/26/2025 | 9:40 am   | 4 g   | IV    | 2.4 mL/min   | R hand    | MW       | Given - infusion started
    08/26/2025 | 10:14 am  |       | IV    |              | R hand    | MW       | Completed
    [x] No waste -- entire contents of 4 vials administered
    Lot: B3V0915   Exp: 03/2027   (all 4 vials same lot)

    ondansetron 4 mg IV | 9:25 am | given for nausea | MW
    """)},
  {"id": "d2", "type": "progress_note", "date": "2025-08-26", "text": T("""
    Pulmonology -- Infusion day visit, 8/26/2025
    Margareta Lindqvist, 72 F, alpha-1 antitrypsin deficiency PI*ZZ (dx 2012; AAT 5.2 uM
    pre-treatment), panlobular emphysema (J43.1). Former smoker (quit 1994, 15 pk-yr).
    On Prolastin-C since 2013. Reports stable exercise tolerance; last exacerbation
    11/2023. FEV1 39% predicted 06/2025 vs 40% 06/2024 -- no meaningful decline on therapy.
    Mild nausea this AM (skipped breakfast) -- ondansetron given.
    Continue weekly augmentation. Wt 67.3 kg.
    """)}]}
emit(c, {"prior_authorization": "not_applicable"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 5.2, "unit": "uM"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "smoking_status", "value": "former"}, {"kind": "fev1", "value": 39}, {"kind": "fev1", "value": 40},
    W(67.3, "kg"), {"kind": "dose", "value": 4000}, {"kind": "wastage", "value": 0},
    {"kind": "lot_number", "value": "B3V0915"}, {"kind": "expiration_date", "value": "2027-03"},
    {"kind": "infusion_start", "value": "09:40"}, {"kind": "infusion_end", "value": "10:14"},
    {"kind": "response_to_therapy"}, {"kind": "drug_product", "value": "Prolastin-C"}],
  "Complete. J2252 billed with 1-mg units: ceil(4000/1)=4000 billed 4000; J2252 covers any A1PI product per the guide's code table -> "
  "code_selection met. Wt 67.3 (6.73 entered in error excluded) -> 4038 mg; dose 4 g = 4000 mg, diff 38 <= 403.8 OK. JZ + '[x] No waste' met. "
  "Traps: 'Given 9:40 am 4 g' in grams; scan 9:31 am; pharmacist verify day before; ondansetron 4 mg 9:25 am; order calc 4,038 mg; "
  "FEV1 40% (2024) historical finding.",
  {"style": "eMAR/flowsheet export, 'Given' row with dose in g, entered-in-error weight, J2252 1-mg units", "traps": "entered-in-error weight, grams, other drug, scan/verify times"})
