C["b5-011"] = dict(
 chart={"date_of_service":"2026-09-09","payer":{"profile":"medicare","name":"Medicare Part B (WPS J5)"},
  "claim_lines":[{"hcpcs":"J0256","units":614,"modifiers":[]},{"hcpcs":"J0256","units":90,"modifiers":["JW"]}],
  "documents":[
  {"id":"d1","type":"progress_note","date":"2026-09-09","text":"""eClinicalWorks -- Progress Notes
Patient: Gerald W. Strand   DOB: 12/14/1949   Account: 61-33902   Gender: M
Provider: Mei-Ling Cho, MD   Facility: Prairie Lung & Infusion   DOS: 09/09/2026

Reason for Appointment: 1. weekly A1PI  2. ankle swelling

History of Present Illness:
  AATD: 76 y/o M PiZZ by IEF (SERPINA1 DNA sent 08/2026 - pending), serum alpha-1 26 mg/dL.
  Emphysema on CT 2020. Prolastin-C weekly since 2021 -- feels his stamina is better, no
  hospitalizations in 2 yrs, FEV1 decline has slowed. Ankles swell late day x 2 wk.
  Former smoker (quit 1998).

Vital Signs: Wt 225.5 lbs (102.3 kg)  (was 104.0 kg 03/2025)  BP 150/86  HR 70  SpO2 95%

Examination: 1+ pitting edema bilat ankles. Lungs: decreased BS, prolonged exp phase.

Assessments:
  1. Alpha-1-antitrypsin deficiency - E88.01
  2. Emphysema, unspecified - J43.9
  3. Edema of lower extremity - R60.0 -> furosemide 20 mg PO daily x 5 days, BMP next wk

Treatment: Prolastin-C 60 mg/kg IV today per infusion record.
Electronically signed by Mei-Ling Cho, MD on 09/09/2026 at 04:12 PM"""},
  {"id":"d2","type":"infusion_record","date":"2026-09-09","text":"""PRAIRIE LUNG & INFUSION -- A1PI ADMINISTRATION RECORD
DATE: 09-SEP-2026   PATIENT: STRAND, GERALD W   ACCT 61-33902
PRODUCT ........ Prolastin-C (lyophilized) 1000 mg single-dose vial x 7
LOT ............ 26B11804          EXP ..... 11/30/2027
RECONSTITUTED .. 7,000 mg in 140 mL SWFI
DOSE GIVEN ..... 6,138 mg (122.8 mL)
WASTE .......... 862 mg discarded (vial 7), witnessed by R. Osei RN
ACCESS ......... PIV 22g L hand @ 13:55
INFUSION START . 14:07
INFUSION STOP .. {blank}
NOTES .......... Infusion completed, pt tolerated well. VS @ 14:30 118/70 HR 68.
                 Left clinic 15:10."""}]},
 gold={"requirements":{"aatd_diagnosis":"met","genotype":"met","serum_aat_level":"met","lung_disease_evidence":"met",
  "patient_weight":"met","dose_administered":"met","dose_matches_weight":"met","units_match_dose":"met",
  "wastage_documented":"conflict","lot_number":"met","expiration_date":"met","infusion_times":"missing",
  "response_to_therapy":"met","prior_authorization":"not_applicable","code_selection":"met"},
  "findings":[{"kind":"aatd_diagnosis"},{"kind":"genotype","alleles":["Z","Z"]},{"kind":"serum_aat","value":26,"unit":"mg/dL"},
  {"kind":"lung_disease","value":"emphysema"},
  {"kind":"weight","value":225.5,"unit":"lb","value_kg":102.3},{"kind":"weight","value":104.0,"unit":"kg","value_kg":104.0},
  {"kind":"dose","value":6138},{"kind":"wastage","value":862},{"kind":"lot_number","value":"26B11804"},
  {"kind":"expiration_date","value":"2027-11-30"},{"kind":"infusion_start","value":"14:07"},
  {"kind":"response_to_therapy"},{"kind":"smoking_status","value":"former"},{"kind":"drug_product","value":"Prolastin-C"}],
  "notes":"Gaps: wastage conflict: JW billed 90 units but floor(862/10)=86. infusion_times missing: stop is '{blank}' and 'completed' has no time (VS 14:30, left 15:10 are not stop times). Weight '225.5 lbs (102.3 kg)' is one weight (lb written first; 225.5 x 0.45359 = 102.29 -> 102.3), nearest DOS; 104.0 kg 03/2025 historical. 60 x 102.3 = 6138 = dose. J0256 ceil(613.8)=614 ok. Genotype: IEF PiZZ counts while DNA pending. Traps: 7,000 mg reconstituted, furosemide 20 mg another drug, PIV 13:55."})

C["b5-012"] = dict(
 chart={"date_of_service":"2026-07-15","payer":{"profile":"medicaid","name":"NY Medicaid - Fidelis Care"},
  "documents":[
  {"id":"d1","type":"progress_note","date":"2026-07-15","text":"""HEPATOLOGY CLINIC -- FOLLOW-UP NOTE
Mount Hope Transplant & Liver Center        Date of visit: July 15, 2026
Patient: Oyelaran, Tobi (M, 29)  MRN 40-882615   Attending: S. Feldstein MD / Fellow: A. Rao MD

Subjective: 29 y/o man with alpha-1 antitrypsin deficiency (PI*ZZ) and AATD-associated liver
disease (biopsy 2024: PAS-D positive globules, F2 fibrosis). No jaundice, pruritus or
GI bleed. Never smoked; no vaping. Exercises 4x/wk (soccer). No dyspnea.

Objective: Wt 72 kg, BMI 23.5. No stigmata of chronic liver disease. Lungs clear.
Labs 7/1: ALT 58, AST 44, plt 211, INR 1.0. FibroScan 8.9 kPa (stable).
CT chest 03/2026: No emphysema. No bronchiectasis.
Spirometry 03/2026 (pulm): FEV1 96% predicted, FEV1/FVC 0.81 - normal, no obstruction.

Assessment/Plan:
1. AATD (PI*ZZ) liver disease, F2 - stable. Avoid alcohol. Repeat elastography 12 mo.
   Augmentation therapy is not indicated for liver disease and he has no lung disease;
   pulmonology would consider starting it only if FEV1 declines or emphysema appears.
   Eligible for the fazirsiran trial - screening visit 8/2026.
2. HAV/HBV vaccinated.
3. Siblings: sister tested PI*MZ; brother not yet tested -- offered cascade testing."""},
  {"id":"d2","type":"lab_report","date":"2023-12-05","text":"""NORTHWELL HEALTH LABORATORIES    Accession 23-339-08812
OYELARAN, TOBI     DOB 1997-02-11     Collected 2023-11-29 08:55
Alpha-1-Antitrypsin, Serum       19 mg/dL    LOW     (90-200)
Alpha-1-Antitrypsin Phenotype    ZZ
Hepatic Function Panel           see separate report"""}]},
 gold={"requirements":{"aatd_diagnosis":"met","genotype":"met","serum_aat_level":"met","lung_disease_evidence":"missing",
  "patient_weight":"met","dose_administered":"missing","dose_matches_weight":"missing","units_match_dose":"not_applicable",
  "wastage_documented":"missing","lot_number":"missing","expiration_date":"missing","infusion_times":"missing",
  "response_to_therapy":"missing","prior_authorization":"missing","code_selection":"not_applicable","smoking_status":"met"},
  "findings":[{"kind":"aatd_diagnosis"},{"kind":"genotype","alleles":["Z","Z"]},{"kind":"serum_aat","value":19,"unit":"mg/dL"},
  {"kind":"fev1","value":96},{"kind":"weight","value":72,"unit":"kg","value_kg":72.0},{"kind":"smoking_status","value":"never"}],
  "notes":"Negative control: PI*ZZ AATD with liver disease only, no augmentation, no claim lines. Lung disease negated ('No emphysema', 'No bronchiectasis', 'no obstruction', 'no lung disease'); FEV1 96% is a measured patient value (finding) but not lung disease. Augmentation 'not indicated', start only hypothetically. Sister PI*MZ is family. Medicaid PA required, none -> missing. Fazirsiran trial is not A1PI."})

C["b5-013"] = dict(
 chart={"date_of_service":"2027-05-19","payer":{"profile":"medicare","name":"Medicare Part B"},
  "claim_lines":[{"hcpcs":"J0256","units":800,"modifiers":["JZ"]}],
  "documents":[
  {"id":"d1","type":"infusion_record","date":"2027-05-19","text":"""Cerner PowerChart -- MAR Summary (Outpatient)          Print date: 5/19/2027 17:44
ALDRIDGE, WAYNE P     FIN 220019487    MRN 00771344    DOB 6/2/1960    Loc: INF CTR 3
Weight: 135 kg (Measured) 5/19/2027 14:41

Scheduled / Continuous Medications                        Admin date/time   Result
---------------------------------------------------------------------------------------
acetaminophen 650 mg tab PO once (premed)                  5/19/27 14:55    Given  650 mg
diphenhydrAMINE 25 mg cap PO once (premed)                 5/19/27 14:55    Given  25 mg
alpha-1 proteinase inhibitor (ZEMAIRA) 8,000 mg IV once    5/19/27 15:10    Begin Bag
   in 160 mL SWFI (2 x 4,000 mg vials)  rate 10.8 mL/min   5/19/27 15:27    Bag Complete
   Admin volume 160 mL  Dose 8,000 mg  Waste 0 mg
   Lot: P100455219   Exp: 08/2027   Site: L forearm PIV
sodium chloride 0.9% flush 10 mL IV                        5/19/27 15:28    Given
---------------------------------------------------------------------------------------
Documented by: Hollis, Andrea RN"""},
  {"id":"d2","type":"progress_note","date":"2027-05-19","text":"""PULMONARY FOLLOW-UP (dictated, edited)    DOS 05/19/2027
Provider: Isaac Brandt, MD        Pt: Wayne P. Aldridge, 66 M

Mr. Aldridge has alpha-1 antitrypsin deficiency with a PI*SZ genotype. His first level in
2022 was 12.4 uM during a chest infection (CRP 48), and the repeat at baseline in 2023 was
9.8 uM. He has COPD with emphysema (FEV1 58% predicted, DLCO 51%) and is a former smoker,
40 pack-years, quit 2022. Since starting Zemaira in 09/2023 he reports fewer exacerbations
(0 in the past year vs 3 the year prior) and his lung function has remained stable.
Weight 135 kg today; 60 mg/kg would be 8,100 mg, and he receives 8,000 mg (two 4 g vials)
to avoid waste, within 2 %.
Plan: continue weekly Zemaira. Acetaminophen/diphenhydramine premeds for prior flushing.
Next PFT 11/2027."""}]},
 gold={"requirements":{"aatd_diagnosis":"met","genotype":"met","serum_aat_level":"met","lung_disease_evidence":"met",
  "patient_weight":"met","dose_administered":"met","dose_matches_weight":"met","units_match_dose":"met",
  "wastage_documented":"met","lot_number":"met","expiration_date":"met","infusion_times":"met",
  "response_to_therapy":"met","prior_authorization":"not_applicable","code_selection":"met"},
  "findings":[{"kind":"aatd_diagnosis"},{"kind":"genotype","alleles":["S","Z"]},{"kind":"serum_aat","value":12.4,"unit":"uM"},
  {"kind":"serum_aat","value":9.8,"unit":"uM"},{"kind":"lung_disease","value":"copd"},{"kind":"lung_disease","value":"emphysema"},
  {"kind":"fev1","value":58},{"kind":"weight","value":135,"unit":"kg","value_kg":135.0},
  {"kind":"dose","value":8000},{"kind":"wastage","value":0},{"kind":"lot_number","value":"P100455219"},
  {"kind":"expiration_date","value":"2027-08"},{"kind":"infusion_start","value":"15:10"},{"kind":"infusion_end","value":"15:27"},
  {"kind":"response_to_therapy"},{"kind":"smoking_status","value":"former"},{"kind":"drug_product","value":"Zemaira"}],
  "notes":"Complete medicare. SZ is deficient under medicare regardless of level; one level 9.8 uM < 11 -> met (12.4 uM during infection is above). 60 x 135 = 8100; 8000 diff 100 <= 810. J0256 ceil(800)=800; JZ + Waste 0 mg. Exp 08/2027 -> 2027-08-31 >= DOS. Traps: acetaminophen 650 mg and diphenhydramine 25 mg premeds at 14:55 (other drugs/times), NS flush 15:28, weight timestamp 14:41, print time 17:44, 8,100 mg calculation, 2 x 4,000 mg vials, DLCO 51%."})

C["b5-014"] = dict(
 chart={"date_of_service":"2027-03-03","payer":{"profile":"commercial","name":"BCBS of North Dakota"},
  "claim_lines":[{"hcpcs":"J0256","units":450,"modifiers":["JZ"]}],
  "documents":[
  {"id":"d1","type":"infusion_record","date":"2027-03-03","text":"""PLAINS HEALTH INFUSION SERVICES  ::  IV THERAPY RECORD
Pt Name: LINDGREN, KAREN S     DOB 08/17/1962     Acct# 0455-2291     Date 03/03/27
Order: Prolastin-C Liquid 60 mg/kg IV q week (wt 70.5 kg)
-------------------------------------------------------------------------
Wt today ............... 70.5 kg
Vials used ............. Prolastin-C Liquid 1000 mg/20 mL (nominal) x 4
Actual potency ......... 1,048 / 1,052 / 1,050 / 1,050 mg per carton labels
Dose given ............. 4500 mg    <-- ENTERED IN ERROR 03/03/27 1402 JLM
Dose given (corrected) . 4,200 mg IV (84 mL)
Waste .................. none wasted
Lot .................... 27PCL0204      Exp ........ 12/2028
Start time ............. 1305          End time ....... 1331
Tolerance .............. well, no reaction. Pt ambulatory at d/c 1350.
RN: J. L. Moe"""},
  {"id":"d2","type":"lab_report","date":"2027-02-17","text":"""PLAINS HEALTH PULMONARY FUNCTION LAB -- SPIROMETRY REPORT
Name: Lindgren, Karen S   Age 64  Sex F  Ht 165 cm  Wt 71.2 kg   Date: 02/17/2027
Ref: GLI 2012 (Caucasian)       Session quality: A

Parameter      Pre      %Pred     Post     %Pred
FVC   (L)      2.61      80       2.70      83
FEV1  (L)      1.06      44       1.10      46
FEV1/FVC (%)   41                 41
FEF25-75 (L/s) 0.34      14

Interpretation: Severe airflow obstruction; no significant bronchodilator response.
Flow-volume loop: concave expiratory limb consistent with emphysema pattern."""},
  {"id":"d3","type":"progress_note","date":"2027-03-03","text":"""PULMONARY NOTE   03/03/2027   Dr. Nils Haugen
64 yo F w/ AATD, Pi*ZZ (SERPINA1 genotyping, 2020), AAT 0.29 g/L. Emphysema/COPD.
Former smoker, quit 2004. On Prolastin-C Liquid since 2020; tolerating therapy, stable
exercise tolerance, one exacerbation in the past year (outpt). Today's spirometry reviewed
(FEV1 44% pred). Continue weekly augmentation.
Insurance: BCBS ND -- renewal request submitted 2/20/27; referral # 88-44102. Approval
letter not yet received.
Husband has COPD; not a concern for transmission, discussed."""}]},
 gold={"requirements":{"aatd_diagnosis":"met","genotype":"met","serum_aat_level":"met","lung_disease_evidence":"met",
  "patient_weight":"met","dose_administered":"met","dose_matches_weight":"met","units_match_dose":"conflict",
  "wastage_documented":"met","lot_number":"met","expiration_date":"met","infusion_times":"met",
  "response_to_therapy":"met","prior_authorization":"missing","code_selection":"met","smoking_status":"met","fev1_range":"met"},
  "findings":[{"kind":"aatd_diagnosis"},{"kind":"genotype","alleles":["Z","Z"]},{"kind":"serum_aat","value":0.29,"unit":"g/L"},
  {"kind":"lung_disease","value":"emphysema"},{"kind":"lung_disease","value":"copd"},{"kind":"lung_disease","value":"airflow_obstruction"},
  {"kind":"fev1","value":44},{"kind":"fev1","value":46},
  {"kind":"weight","value":70.5,"unit":"kg","value_kg":70.5},{"kind":"weight","value":71.2,"unit":"kg","value_kg":71.2},
  {"kind":"dose","value":4200},{"kind":"wastage","value":0},{"kind":"lot_number","value":"27PCL0204"},
  {"kind":"expiration_date","value":"2028-12"},{"kind":"infusion_start","value":"13:05"},{"kind":"infusion_end","value":"13:31"},
  {"kind":"response_to_therapy"},{"kind":"smoking_status","value":"former"},{"kind":"drug_product","value":"Prolastin-C Liquid"}],
  "notes":"Gaps: units_match_dose conflict: corrected dose 4,200 mg -> ceil(420)=420 units, claim bills 450 (keyed from the 4500 mg entered-in-error value). prior_authorization missing: no chart field, renewal pending, referral # 88-44102 is not a PA. 60 x 70.5 = 4230; 4200 diff 30. Commercial, JZ with 'none wasted' -> met. 4500 mg entered in error is not a finding. Traps: nominal vial size 1000 mg/20 mL and per-vial actual potencies (1,048/1,052/...), husband's COPD (family/other person), times written 1305/1331 without colons, d/c 1350, error timestamp 1402. FEV1 44 pre / 46 post both in 25-80. 'Severe airflow obstruction' and 'emphysema pattern' on PFT."})
