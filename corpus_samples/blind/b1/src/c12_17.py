from lib import *

# ---------------- b1-012 ----------------
c = {"chart_id": "b1-012", "date_of_service": "2026-12-01",
     "payer": {"profile": "commercial", "name": "Cigna Open Access Plus"},
     "prior_authorization": "CIG-88301927",
     "claim_lines": [{"hcpcs": "J0256", "units": 350, "modifiers": ["JZ"]}],
     "documents": [
  {"id": "d1", "type": "other", "date": "2026-12-01", "text": T("""
    PowerForm: Infusion Center -- Biologic/Specialty Drug Administration   (Oracle Health)
    Pt: ABERNATHY-COLE, JUNE     MRN 20-339-871     FIN 88120017
    Performed on: 12/01/2026 14:30 CST    by HUANG, MEI RN
    -------------------------------------------------------------------
    Medication .............................. Aralast NP
    Vials ................................... 1,000 mg x 3 ; 500 mg x 1
    Lot Number .............................. see carton
    Expiration Date ......................... 11/2027
    Dosing Weight ........................... 58.9 kg
    Dose (mg) ............................... 3,500
    Diluent / Volume ........................ SWFI ; 175 mL total
    Infusion ON ............................. 13:20
    Infusion OFF ............................ 14:05
    Rate .................................... 3.9 mL/min
    Waste ................................... [x] No waste   [ ] Waste amount: ____
    Premedication ........................... none ordered
    VS stable throughout; see flowsheet.
    First dose -- pt observed 30 min post infusion, left 14:40.
    """)},
  {"id": "d2", "type": "progress_note", "date": "2026-12-01", "text": T("""
    Pulmonary -- New start augmentation visit    12/01/2026
    June Abernathy-Cole, 61 F
    Dx: alpha-1 antitrypsin deficiency, Pi*Z/Z (DNA, 09/2026); AAT 0.42 g/L (ref 0.90-2.00).
    Emphysema (CT 08/2026: panlobular, lower-zone). FEV1 38% predicted post-BD.
    Former smoker, quit 2015 (20 pk-yr); confirmed nonsmoking, cotinine neg 10/2026.
    Wt 58.9 kg.
    Today: first dose of Aralast NP 60 mg/kg (3,500 mg after vial rounding) -- see
    infusion record.
    Response to therapy: N/A, first infusion. Will reassess symptoms, exacerbation
    frequency and spirometry at 6 months.
    Plan: weekly infusions; PA on file through 11/2027.
    """)}]}
emit(c, {"lot_number": "missing", "response_to_therapy": "missing"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 0.42, "unit": "g/L"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "fev1", "value": 38}, {"kind": "smoking_status", "value": "former"}, W(58.9, "kg"),
    {"kind": "dose", "value": 3500}, {"kind": "wastage", "value": 0},
    {"kind": "expiration_date", "value": "2027-11"},
    {"kind": "infusion_start", "value": "13:20"}, {"kind": "infusion_end", "value": "14:05"},
    {"kind": "drug_product", "value": "Aralast NP"}],
  "Gaps: lot_number missing ('see carton' documents nothing); response_to_therapy missing (first dose; 'will reassess' is a plan). "
  "Wt 58.9 -> 3534 mg; dose 3500, diff 34 OK. J0256 ceil(3500/10)=350 billed 350. Commercial, JZ, '[x] No waste' -> met. "
  "Exp 11/2027 -> 2027-11-30 >= DOS. PA from chart field only (note says 'PA on file' without number -> no PA finding). FEV1 38 in 25-80. "
  "Traps: PowerForm performed 14:30, left 14:40, 30-min observation; vial sizes; ref range 0.90-2.00.",
  {"style": "Cerner PowerForm with Infusion ON/OFF, Dose (mg) label, checkbox, 'see carton'", "traps": "see carton lot, first-dose plan to reassess"})

# ---------------- b1-013 ----------------
c = {"chart_id": "b1-013", "date_of_service": "2027-02-16",
     "payer": {"profile": "medicare", "name": "Medicare Part B"},
     "claim_lines": [{"hcpcs": "J0256", "units": 450, "modifiers": ["JZ"]}],
     "documents": [
  {"id": "d1", "type": "infusion_record", "date": "2027-02-16", "text": T("""
    Oracle Health -- Infusion Documentation PowerForm         02/16/2027 10:08 CST
    Patient: PRZYBYLSKI, EDWARD      MRN 5519-0034
    -----------------------------------------------------------------------
    Order ..................................... Prolastin-C Liquid 60 mg/kg IV weekly
    Calculated dose ........................... 60 mg/kg x 75.2 kg = 4,512 mg
    Pharmacy rounded dose ..................... 4,500 mg (vial rounding <5%)
    Product / packages ........................ Prolastin-C Liquid 4,000 mg pkg x1, 500 mg pkg x1
    Lot Number ................................ 27BQH0811
    Expiration Date ........................... 12/31/2027
    Dose Administered ......................... {blank}
    Volume Infused ............................ 90 mL
    Infusion Start ............................ 02/16/2027 09:32 CST
    Infusion Stop ............................. 02/16/2027 09:51 CST
    Waste ..................................... [x] No waste
    Site ...................................... L forearm PIV 22 g (placed 09:20)
    Reaction .................................. none observed
    """)},
  {"id": "d2", "type": "progress_note", "date": "2027-02-16", "text": T("""
    PULM CLINIC NOTE -- 02/16/2027 -- E. Przybylski, 66 M
    AATD (PI*ZZ), on augmentation since 2020. Pre-treatment AAT 0.22 g/L.
    COPD/emphysema (J44.1 last exacerbation 10/2026; CT panlobular emphysema).
    Former smoker (quit 2008). Wt 75.2 kg.
    Response: one exacerbation in past 12 mo (previously 3/yr before augmentation);
    FEV1 41% predicted, stable vs 2026.
    Continue weekly Prolastin-C Liquid. Follow up 6 mo.
    """)}]}
emit(c, {"dose_administered": "missing", "dose_matches_weight": "missing", "units_match_dose": "missing",
         "prior_authorization": "not_applicable"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 0.22, "unit": "g/L"},
    {"kind": "lung_disease", "value": "copd"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "smoking_status", "value": "former"}, {"kind": "fev1", "value": 41}, W(75.2, "kg"),
    {"kind": "wastage", "value": 0}, {"kind": "lot_number", "value": "27BQH0811"},
    {"kind": "expiration_date", "value": "2027-12-31"},
    {"kind": "infusion_start", "value": "09:32"}, {"kind": "infusion_end", "value": "09:51"},
    {"kind": "response_to_therapy"}, {"kind": "drug_product", "value": "Prolastin-C Liquid"}],
  "Gap (one root cause, three requirements): no administered dose in mg. 'Dose Administered {blank}' is an empty field; 'Volume Infused 90 mL' "
  "is a volume without a stated mg; 4,512 mg is a calculation and 4,500 mg a pharmacy-rounded order; package sizes are vial sizes. "
  "-> dose_administered missing, dose_matches_weight missing, units_match_dose missing (no dose documented; billed 450). "
  "Wastage: JZ with '[x] No waste' -> met. Times 09:32-09:51 (PIV 09:20, form 10:08 are not).",
  {"style": "Cerner PowerForm with {blank} field, volume only, order calculation", "traps": "calculation, rounded order, volume w/o mg, blank field"})

# ---------------- b1-014 ----------------
c = {"chart_id": "b1-014", "date_of_service": "2026-04-20",
     "payer": {"profile": "medicaid", "name": "Hoosier Care Medicaid"},
     "prior_authorization": "20260419-7731",
     "claim_lines": [{"hcpcs": "J0257", "units": 300, "modifiers": ["JZ"]}],
     "documents": [
  {"id": "d1", "type": "other", "date": "2026-04-20", "text": T("""
    PowerForm -- Infusion Visit (Alpha-1)     Oracle Health     04/20/2026 11:02 EDT
    Patient: OYELARAN, FOLAKE    MRN 3310-889    Age 44
    ---------------------------------------------------------------
    Height (cm) ........................ 158
    Weight (kg) ........................ 49.5
    Medication ......................... Glassia (alpha1-PI) 1 g/50 mL x 3 vials
    Lot Number ......................... KGL60115
    Expiration ......................... 2027-01-31
    Dose (mg) .......................... 3000
    Rate ............................... 4.3 mL/min (max 0.2 mL/kg/min = 9.9 mL/min)
    Infusion ON ........................ 10:12
    Infusion OFF ....................... 10:47
    Flush ON/OFF ....................... 10:47 / 10:50
    Waste .............................. [x] No waste (3 full vials)
    Reaction ........................... [x] None
    """)},
  {"id": "d2", "type": "progress_note", "date": "2026-04-20", "text": T("""
    Pulmonary follow-up -- 04/20/2026
    Folake Oyelaran, 44 F. Alpha-1 antitrypsin deficiency; serum AAT 6.8 uM (2024).
    IEF phenotype read as "MZ" at outside lab (2023) -- discordant with the very low level;
    SERPINA1 sequencing 2024: Mmalton / Z (c.226_228del p.Phe76del ; c.1096G>A).
    Emphysema, panlobular, on CT 2024. FEV1 47% predicted 03/2026 (49% 03/2025).
    Never smoker.
    On Glassia since 06/2024. Response: breathing "about the same", no exacerbations in
    past year; walking tolerance maintained. Continue Glassia 60 mg/kg weekly.
    Medicaid PA# 20260419-7731 approved 04/19/2026 for 12 months.
    Wt 49.5 kg.
    """)},
  {"id": "d3", "type": "lab_report", "date": "2024-02-07", "text": T("""
    REFERENCE LAB -- SERPINA1 FULL GENE SEQUENCING       Report date 02/07/2024
    Patient: OYELARAN, FOLAKE
    Result: Two pathogenic variants detected
      c.1096G>A (p.Glu366Lys)  -- Z allele -- heterozygous
      c.226_228del (p.Phe76del) -- Mmalton allele -- heterozygous
    Genotype: PI*Z / PI*Mmalton (compound heterozygous)
    Alpha-1 antitrypsin (nephelometry): 6.8 umol/L  LOW
    Comment: Mmalton migrates as M on isoelectric focusing; IEF phenotype may be reported
    as MZ.
    """)}]}
emit(c, {}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["M", "Z"]},
    {"kind": "genotype", "alleles": ["Z", "MMALTON"]},
    {"kind": "serum_aat", "value": 6.8, "unit": "uM"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "fev1", "value": 47}, {"kind": "fev1", "value": 49}, {"kind": "smoking_status", "value": "never"},
    W(49.5, "kg"), {"kind": "dose", "value": 3000}, {"kind": "wastage", "value": 0},
    {"kind": "lot_number", "value": "KGL60115"}, {"kind": "expiration_date", "value": "2027-01-31"},
    {"kind": "infusion_start", "value": "10:12"}, {"kind": "infusion_end", "value": "10:47"},
    {"kind": "response_to_therapy"}, {"kind": "prior_authorization", "value": "20260419-7731"},
    {"kind": "drug_product", "value": "Glassia"}],
  "Complete (medicaid). Genotype: IEF 'MZ' and sequencing Mmalton/Z both reported and differ -> both findings; the deficient pair "
  "[Z,MMALTON] makes genotype met. 'heterozygous' on each variant line of a two-variant report adds no M allele. Wt 49.5 -> 2970 mg; "
  "dose 3000, diff 30 <= 297 OK. J0257 ceil(3000/10)=300 billed 300; Glassia -> J0257 correct. JZ + 'No waste' met. "
  "Traps: Flush ON/OFF 10:47/10:50 is not the infusion end; max rate 9.9 mL/min; form time 11:02; FEV1 49% historical.",
  {"style": "PowerForm with unit-in-label rows (Weight (kg), Dose (mg)), Infusion ON/OFF and Flush ON/OFF", "traps": "IEF MZ vs sequencing Mmalton/Z, flush times"})

# ---------------- b1-015 ----------------
c = {"chart_id": "b1-015", "date_of_service": "2025-10-28",
     "payer": {"profile": "commercial", "name": "Aetna PPO"},
     "prior_authorization": "AET-PA-2025-33019",
     "claim_lines": [{"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]},
                     {"hcpcs": "J1200", "units": 1, "modifiers": []}],
     "documents": [
  {"id": "d1", "type": "infusion_record", "date": "2025-10-28", "text": T("""
    OUTPATIENT INFUSION NURSING RECORD                    10/28/2025
    Pt: Kowalczyk-Brandt, Ilse     DOB 07/22/1966     Acct 600219384
    0840 checked in. Wt 84.0 kg (185.2 lb). VS 124/76, 72, 16, 96% RA, 97.9 F.
    0845 PIV 22 g R AC.
    0850 Premed: diphenhydramine 25 mg IV push (hx of hives w/ first infusions 2023).
    Glassia 1 g/50 mL x 5 vials (lot GL24M552, exp 09/30/2026), 5 micron filter.
    Glassia 5,000 mg IV infused 0902-0941, pump rate 6.4 mL/min.
    No waste -- all 5 vials infused.
    0945 VS 120/74, 70, 96%. Denies itching/SOB. 1000 d/c home with husband.
    """)},
  {"id": "d2", "type": "progress_note", "date": "2025-10-28", "text": T("""
    Pulmonology -- follow-up   Oct 28 2025
    Ilse Kowalczyk-Brandt, 59 F. AATD, PiZZ; serum AAT 26 mg/dL (2019, nephelometry).
    Emphysema on CT (panlobular). FEV1 61% predicted (09/2025). Former smoker, quit 2001.
    Glassia weekly since 2019 (tolerates with diphenhydramine premed).
    Doing well: no exacerbations in 2025, 6MWT distance stable, FEV1 unchanged from 2024.
    Plan: continue Glassia 60 mg/kg weekly.
    """)},
  {"id": "d3", "type": "other", "date": "2025-10-28", "text": T("""
    CHARGE CAPTURE WORKSHEET -- Infusion Center        DOS 10/28/2025
    Patient: KOWALCZYK-BRANDT, ILSE         Payer: Aetna PPO   Auth: on file
    Line  Code    Description                                Units  Mod
    1     96365   IV infusion, initial, up to 1 hr           1
    2     96374   IV push, single/initial (diphenhydramine)  1
    3     J1200   diphenhydramine HCl, up to 50 mg           1
    4     J0256   alpha-1 proteinase inhibitor NOS, 10 mg    500    JZ
    Coder note: product per MAR = Glassia. Payer note: Aetna CPB 0145 lists Prolastin-C as
    the least-cost brand; other brands require documented intolerance/contraindication.
    """)}]}
emit(c, {"code_selection": "conflict"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 26, "unit": "mg/dL"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "fev1", "value": 61}, {"kind": "smoking_status", "value": "former"}, W(84.0, "kg"),
    {"kind": "dose", "value": 5000}, {"kind": "wastage", "value": 0},
    {"kind": "lot_number", "value": "GL24M552"}, {"kind": "expiration_date", "value": "2026-09-30"},
    {"kind": "infusion_start", "value": "09:02"}, {"kind": "infusion_end", "value": "09:41"},
    {"kind": "response_to_therapy"}, {"kind": "drug_product", "value": "Glassia"}],
  "Gap: code_selection conflict: documented product Glassia billed as J0256 (should be J0257). Units still computed per the billed code's "
  "10-mg unit: ceil(5000/10)=500 billed 500 -> met. J1200 (diphenhydramine) is not a drug line for A1PI. Wt 84.0 kg (185.2 lb, one weight) "
  "-> 5040; dose 5000, diff 40 OK. Commercial, JZ + 'No waste' met. Traps: diphenhydramine 25 mg at 0850, check-in 0840, PIV 0845, "
  "d/c 1000; range '0902-0941'; Prolastin-C appears only in payer policy text (not a product given, not a finding); 'Auth: on file' "
  "is not a number (PA met via chart field).",
  {"style": "nursing timeline with four-digit times and 'infused 0902-0941' range; charge-capture worksheet with J-code lines", "traps": "Glassia billed J0256, premed drug, policy text naming another brand"})

# ---------------- b1-016 ----------------
c = {"chart_id": "b1-016", "date_of_service": "2026-08-04",
     "payer": {"profile": "medicare", "name": "Medicare Part B"},
     "claim_lines": [{"hcpcs": "J2252", "units": 600, "modifiers": ["JZ"]}],
     "documents": [
  {"id": "d1", "type": "infusion_record", "date": "2026-08-04", "text": T("""
    Infusion Nursing Note -- 8/4/2026            RN: T. Vasquez-Lindahl
    Pt: Harlan Beaumont-Pryce, 70 M.  Arrived 11:20 am via transport van.
    Wt 101.6 kg (224 lb), standing scale.  T 98.4  BP 148/88  HR 78  SpO2 92% RA.
    PIV #20 L forearm 11:38 am.
    Prolastin-C (alpha1-PI) 6,000 mg IV -- lot B4C2210, exp 01/2028.
    Infusion start 11:50 am.
    Infusion stop 12:25 am.
    Monitored per protocol; no rash, no dyspnea beyond baseline.
    Discharged 12:40 pm with wife; next appt 8/11/2026.
    """)},
  {"id": "d2", "type": "progress_note", "date": "2026-07-21", "text": T("""
    Pulmonary office visit 7/21/2026 -- H. Beaumont-Pryce
    AATD, Pi ZZ (2018), serum AAT 38 mg/dL at dx. Emphysema (bullous, lower lobes).
    Former smoker, quit 2010.
    Weekly Prolastin-C since 2018. Reports he is "holding steady": no hospitalizations,
    one exacerbation last winter (vs 2-3/yr before therapy). FEV1 35% predicted, stable.
    Continue augmentation; consider valve evaluation.
    """)}]}
emit(c, {"units_match_dose": "conflict", "wastage_documented": "missing", "infusion_times": "conflict",
         "prior_authorization": "not_applicable"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 38, "unit": "mg/dL"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "smoking_status", "value": "former"}, {"kind": "fev1", "value": 35}, W(101.6, "kg"),
    {"kind": "dose", "value": 6000}, {"kind": "lot_number", "value": "B4C2210"},
    {"kind": "expiration_date", "value": "2028-01"},
    {"kind": "infusion_start", "value": "11:50"}, {"kind": "infusion_end", "value": "00:25"},
    {"kind": "response_to_therapy"}, {"kind": "drug_product", "value": "Prolastin-C"}],
  "Gaps: units_match_dose conflict: J2252 is 1 mg/unit -> ceil(6000/1)=6000, billed 600 (keyed as if 10-mg units). "
  "wastage_documented missing: JZ on the line, nothing said about waste (vial count not given either). infusion_times conflict: "
  "start 11:50 am, stop written '12:25 am' = 00:25, before start (probable am/pm error, but as documented stop < start). "
  "Code J2252 covers any A1PI per the guide -> code_selection met. Wt 101.6 kg (224 lb) one weight -> 6096 mg; dose 6000, diff 96 OK. "
  "Traps: arrival 11:20 am, PIV 11:38 am, discharge 12:40 pm, next appt date.",
  {"style": "12-hour am/pm nursing note; J2252 with wrong (10-mg style) units", "traps": "am/pm stop error, J2252 unit mis-key, no waste statement"})

# ---------------- b1-017 ----------------
c = {"chart_id": "b1-017", "date_of_service": "2026-03-31",
     "payer": {"profile": "medicaid", "name": "Magnolia Medicaid"},
     "prior_authorization": "PA-MD-0331-55902",
     "claim_lines": [{"hcpcs": "J0256", "units": 436, "modifiers": []},
                     {"hcpcs": "J0256", "units": 64, "modifiers": ["JW"]}],
     "documents": [
  {"id": "d1", "type": "infusion_record", "date": "2026-03-31", "text": T("""
    eMAR EXPORT   Encounter 03/31/2026   Pt: FONTENOT, ALCEE J   MRN 88-1020-44
    Drug: ZEMAIRA 1,000 mg vial (reconstitute w/ 20 mL SWFI) x 5   Dosing wt 72.6 kg
    Ordered: 60 mg/kg = 4,356 mg -> dispense 4,360 mg
    RPh verify 03/31/2026 07:58  (C. Broussard)

    Date       | Time  | Dose    | Route | Rate        | Site     | Initials | Note
    03/31/2026 | 10:05 |         |       |             |          | NB       | scanned, 5 vials
    03/31/2026 | 10:12 | 4.36 g  | IV    | 2.3 mL/min  | L FA 22g | NB       | Given -- new bag hung
    03/31/2026 | 10:49 |         | IV    |             | L FA     | NB       | Completed
    03/31/2026 | 10:52 | 640 mg  | --    |             |          | NB/KL    | Wasted (12.8 mL)

    Lot P100421930  Exp 2027-09-30 (5 vials, single lot)
    """)},
  {"id": "d2", "type": "progress_note", "date": "2026-03-31", "text": T("""
    Pulm/Alpha-1 visit -- 03/31/2026 -- Alcee Fontenot, 57 M
    A/P:
    # Alpha-1 antitrypsin deficiency (E88.01) -- started augmentation (Zemaira) 02/17/2026,
      now week 7. AAT 5.9 (L) at outside hospital 12/2025 (report not in our system).
      SERPINA1 genotyping: first sample rejected (hemolyzed); redrawn 03/02/2026 -- PENDING.
      Mother had PI*ZZ, died of cirrhosis at 62.
    # Emphysema / COPD (J43.9, CT 12/2025 panlobular). FEV1 52% predicted.
    # Former smoker, quit 2019.
    Response: reports less exertional dyspnea since starting infusions, no exacerbations.
    Wt 72.6 kg. Continue Zemaira 60 mg/kg weekly. F/u genotype result.
    """)},
  {"id": "d3", "type": "lab_report", "date": "2026-03-02", "text": T("""
    LAB ORDER STATUS                                         03/02/2026
    FONTENOT, ALCEE J
    SERPINA1 Genotype (S and Z) ............ PENDING -- sent to reference lab
    Alpha-1 Antitrypsin, Serum ............. not performed this draw (on augmentation;
                                             see scanned outside report)
    Reference: genotype MM
    """)}]}
emit(c, {"genotype": "missing", "serum_aat_level": "missing"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "lung_disease", "value": "copd"}, {"kind": "fev1", "value": 52},
    {"kind": "smoking_status", "value": "former"}, W(72.6, "kg"),
    {"kind": "dose", "value": 4360}, {"kind": "wastage", "value": 640},
    {"kind": "lot_number", "value": "P100421930"}, {"kind": "expiration_date", "value": "2027-09-30"},
    {"kind": "infusion_start", "value": "10:12"}, {"kind": "infusion_end", "value": "10:49"},
    {"kind": "response_to_therapy"}, {"kind": "drug_product", "value": "Zemaira"}],
  "Gaps: genotype missing (genotyping pending; mother's PI*ZZ is family; 'Reference: genotype MM' is a reference value); serum_aat_level "
  "missing ('AAT 5.9 (L)' has no unit; serum not performed). Wt 72.6 -> 4356 mg; dose 4.36 g = 4360, diff 4 OK. J0256 ceil(4360/10)=436 "
  "billed 436; waste 640 mg (12.8 mL x 50 mg/mL) -> JW floor(64)=64 billed 64 met. Traps: scan 10:05, RPh verify 07:58, waste row 10:52, "
  "dose in grams, order 4,356 mg.",
  {"style": "eMAR export Date / Time / Dose / Route / Rate / Site / Initials with 'Given -- new bag hung', 'Completed', 'Wasted' rows", "traps": "level without unit, pending genotype, family PI*ZZ, reference MM"})
