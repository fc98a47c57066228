# b14-003  commercial  Glassia J0257 JZ (home infusion, S9346)  COMPLETE
# Styles: (6) specialty-pharmacy nursing agency note with four weekly visits, (5) pre-visit planning note.

AGENCY = """NORTHWIND SPECIALTY PHARMACY - HOME INFUSION NURSING SERVICES
Skilled Nursing Visit Record - cumulative print, therapy: ALPHA-1 PROTEINASE INHIBITOR (GLASSIA)
Patient: LINDQVIST, Marjorie T.     DOB 07/30/1962     Pharmacy Rx#: NW-6617204
Prescriber: Samir Haddad, MD (Pulmonary)      Payer: UnitedHealthcare Choice Plus
Authorization: PA-UHC-44812093 (J0257 weekly + S9346 per diem, 07/01/2025 - 06/30/2026)
Order: Glassia 60 mg/kg IV every 7 days, round to nearest whole 1 g vial (+/-10%); infuse at
<= 0.2 mL/kg/min through 5 micron in-line filter. Anaphylaxis kit in home (epinephrine 0.3 mg
auto-injector x2, diphenhydramine 50 mg PO).
Print period: 01/21/2026 - 02/11/2026      Printed: 02/12/2026 08:14 by intake (R. Goss)

=========================================================================================
VISIT 01/21/2026   RN: Carla Medeiros, RN     Time in 09:58  Time out 11:30
 Wt 65.4 kg (home digital scale, agency-owned)   BP 126/74  HR 80  RR 18  SpO2 93%  T 36.7
 Access: PIV 24G R hand, 1 attempt.
 Product: Glassia 1 g/50 mL x 4 vials, lot LE40K912, exp 05/2026. Dose 4,000 mg (200 mL).
 Start 10:20  Stop 10:52.  Rate 6.3 mL/min via CADD pump.  No waste.
 Tolerated; mild headache after, resolved with acetaminophen 500 mg x1 (pt supply).
-----------------------------------------------------------------------------------------
VISIT 01/28/2026   RN: Carla Medeiros, RN     Time in 09:40  Time out 11:02
 Wt 65.8 kg   BP 122/70  HR 78  RR 18  SpO2 94%  T 36.5
 Access: PIV 24G L forearm, 2 attempts.
 Product: Glassia 1 g/50 mL x 4, lot LE40K912, exp 05/2026. Dose 4,000 mg.
 Start 10:05  Stop 10:36.  No waste.  No reaction.
-----------------------------------------------------------------------------------------
VISIT 02/04/2026   RN: Tomas Ruelas, RN (covering)   Time in 10:02  Time out 11:45
 Wt 66.3 kg   BP 130/78  HR 84  RR 18  SpO2 93%  T 36.8
 Access: PIV 22G R forearm; infiltrated at 10:44 (~15 mL), site changed to L AC 22G.
 Product: Glassia 1 g/50 mL x 4, lot LE41B027, exp 09/2026. Dose 4,000 mg.
 Start 10:31  Stop 11:09 (paused 10:44-10:51 for site change).  No waste.
 Infiltration site: warm compress, no blistering; pt to send photo tomorrow (received, resolved).
-----------------------------------------------------------------------------------------
VISIT 02/11/2026   RN: Carla Medeiros, RN     Time in 09:45  Time out 11:20
 S: Pt reports energy "better than fall", walked to mailbox and back without stopping.
    Saw Dr. Haddad yesterday; labs drawn at clinic. No fever, cough at baseline.
 O: Wt 66.0 kg (145.5 lb) agency scale on hard floor.
    Vitals pre 09:55 BP 124/72 HR 76 RR 16 SpO2 94% RA T 36.6
    Vitals 10:25 BP 120/70 HR 78 SpO2 95%   Vitals post 10:50 BP 122/72 HR 76 SpO2 95%
    Lungs diminished bases bilaterally, no wheeze. No edema.
 Access: PIV 24G R forearm, 1 attempt, flushed NS 10 mL, blood return present.
 Product verification (two identifiers, label vs order, visual inspection clear/colorless):
    Glassia 1 g/50 mL single-use vials x 4
      lot LE41B027 x 2   exp 09/2026
      lot LE41C104 x 2   exp 11/2026
    Dose given: 4,000 mg (200 mL) alpha1-proteinase inhibitor.
    Infusion start 10:12   Infusion stop 10:41   rate 6.9 mL/min, 5 micron filter in line.
    Waste: none - all four vials fully infused, empty vials returned in sharps/returns bag.
 Post: flushed NS 10 mL, PIV removed intact at 10:58, site clean.
 A: Tolerated without reaction; no headache this week. Weight stable.
 P: Next visit 02/18/2026 ~09:45 (confirmed with pt). Pharmacy to ship 4 vials + supplies
    for 02/18 delivery window 02/16-02/17. Reported infusion to Dr. Haddad office via fax.
 Teaching: reviewed signs of allergic reaction, when to use epinephrine; pt verbalized.
-----------------------------------------------------------------------------------------
VISIT 02/18/2026   scheduled - not yet performed at time of print
=========================================================================================
Signatures: C. Medeiros RN (01/21, 01/28, 02/11) e-signed same day; T. Ruelas RN (02/04) e-signed
02/04/2026 18:22.   Billing: S9346 per diem x 7 days per week of therapy; drug J0257 per 10 mg.
"""

PVP = """PRE-VISIT PLANNING / CARE-GAP REPORT          Prepared 02/09/2026 16:40 by L. Fontaine, RN (care coordinator)
Clinic: Westbrook Pulmonary                   Appt: 02/10/2026 14:20 with Samir Haddad, MD (30 min f/u)
Patient: Marjorie T. Lindqvist   63 y F   MRN 2210457   PCP: A. Novak, DO

Problem focus for visit: alpha-1 antitrypsin deficiency (PI*ZZ) on home Glassia since 2023;
emphysema; annual PA renewal coming up.

CARE GAPS / ITEMS DUE (auto-generated from registry rules + RN review)
[ ] AAT trough level ........................ DUE (last 08/14/2024: 96 mg/dL on therapy)
[ ] Full PFTs ................................ OVERDUE (last 12/10/2024; due 12/2025)
      last results: FEV1 1.21 L, 49% predicted; FEV1/FVC 0.44; DLCO 52%
[ ] CMP / LFTs ............................... due (last 06/2025 normal)
[ ] Hepatitis B vaccine (Heplisav-B) ......... dose 2 of 2 OVERDUE (dose 1 given 09/2025)
[x] Influenza vaccine 2025-26 ................ done 10/06/2025 (pharmacy)
[x] Pneumococcal (PCV20) ..................... done 2024
[ ] RSV vaccine .............................. eligible; not documented
[ ] PHQ-2 / GAD-2 ............................ due at this visit
[ ] Lung cancer screening LDCT ............... NOT eligible (quit 2009, >15 years)
[ ] Advance directive on file ................ not on file - offer

PAYER / AUTH
- UHC prior authorization PA-UHC-44812093 valid 07/01/2025 - 06/30/2026.
- Renewal packet due by 05/15/2026. UHC continuation criteria (policy text): "documented clinical
  benefit ... continued non-smoking ... serum AAT < 11 umol/L pre-treatment ... FEV1 per policy".
  Need: this visit's note stating response to therapy; updated PFTs (not yet scheduled).
- Site of care: home infusion approved.

HOME INFUSION SUMMARY (from Northwind faxes)
- Weekly Glassia ~4,000 mg given 01/21, 01/28, 02/04; one infiltration 02/04 (resolved).
- Weights 65.4 -> 65.8 -> 66.3 kg over three weeks.

HISTORY SNAPSHOT
- Dx: AATD, PI*ZZ by DNA (2016). Pre-augmentation AAT 24 mg/dL (2016, Quest, nephelometry).
- Emphysema, lower-lobe panlobular on CT 2022; COPD GOLD 2-3.
- Former smoker, quit 2009, 25 pack-years.
- Sister PI*MZ (tested 2017), mother "emphysema" (deceased).
- Augmentation: Glassia since 05/2023 (prior: none).

SUGGESTED ORDERS TO PEND FOR PROVIDER (not placed)
- AAT level (trough) - draw before next infusion
- Complete PFT with DLCO
- CMP
- Heplisav-B dose 2
Note: items above are suggestions only; provider to decide at visit.
"""

PN = """WESTBROOK PULMONARY - PROGRESS NOTE
Visit: 02/10/2026 14:26      Provider: Samir Haddad, MD
Patient: Marjorie T. Lindqvist   DOB 07/30/1962   MRN 2210457

Subjective:
Returns for routine follow-up of alpha-1 antitrypsin deficiency (PI*ZZ) with emphysema on
home Glassia infusions weekly through Northwind since May 2023. She feels she is doing
better this winter than last: no exacerbations since March 2025, no antibiotics or steroids,
and she is walking 15-20 minutes most days. One IV infiltration last week, resolved. Mild
headaches after some infusions, none last two weeks. No smoking since 2009. No alcohol.

Current meds: Glassia 60 mg/kg IV weekly (home), fluticasone furoate/umeclidinium/vilanterol
1 inhalation daily, albuterol PRN (rare), levothyroxine 75 mcg daily, vitamin D3 2000 IU.

Objective:
BP 126/76   HR 78   SpO2 94% RA   Wt 66.4 kg (clinic scale, with shoes)   BMI 24.1
Lungs: diminished at bases, no wheeze. Heart regular. No edema. No jaundice.
6MWT not done today (time).

Data reviewed:
- PFT 12/10/2024: FEV1 49% predicted, FEV1/FVC 0.44, DLCO 52%.
- Pre-augmentation AAT 24 mg/dL (2016); on-therapy trough 96 mg/dL (08/2024).
- CT chest 2022: panlobular emphysema, lower-lobe predominant.

Assessment:
63-year-old woman with severe AATD (PI*ZZ) and emphysema / COPD, on augmentation since 2023.
Response to therapy: clinically stable to improved - no exacerbations in 11 months versus
two in the year before starting Glassia, stable exercise tolerance, tolerating weekly home
infusions without significant adverse effects. Continue current regimen.

Plan:
1. Continue Glassia 60 mg/kg IV weekly via Northwind (4 vials at current weight).
2. AAT trough drawn today before next infusion (pending).
3. Full PFTs ordered; she prefers to schedule in March after her trip. Not done today.
4. Heplisav-B dose 2 ordered for pharmacy administration.
5. PHQ-2 negative today.
6. Prior authorization renewal: will document response and send updated PFT when done.
Return in 4 months.

Samir Haddad, MD   e-signed 02/10/2026 15:12
"""

CHART = {
    "chart_id": "b14-003",
    "date_of_service": "2026-02-11",
    "payer": {"profile": "commercial", "name": "UnitedHealthcare Choice Plus"},
    "prior_authorization": "PA-UHC-44812093",
    "claim_lines": [
        {"hcpcs": "J0257", "units": 400, "modifiers": ["JZ"]},
        {"hcpcs": "S9346", "units": 7, "modifiers": []},
        {"hcpcs": "99601", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-02-11", "text": AGENCY},
        {"id": "d2", "type": "other", "date": "2026-02-09", "text": PVP},
        {"id": "d3", "type": "progress_note", "date": "2026-02-10", "text": PN},
    ],
}

GOLD = {
    "chart_id": "b14-003",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met", "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis", "_ev": "alpha-1 antitrypsin deficiency (PI*ZZ) with emphysema"},
        {"kind": "genotype", "alleles": ["Z", "Z"], "_ev": "AATD, PI*ZZ by DNA (2016)"},
        {"kind": "serum_aat", "value": 24, "unit": "mg/dL", "_ev": "Pre-augmentation AAT 24 mg/dL"},
        {"kind": "serum_aat", "value": 96, "unit": "mg/dL", "_ev": "on-therapy trough 96 mg/dL"},
        {"kind": "lung_disease", "value": "emphysema", "_ev": "panlobular emphysema, lower-lobe predominant"},
        {"kind": "lung_disease", "value": "copd", "_ev": "COPD GOLD 2-3"},
        {"kind": "fev1", "value": 49, "_ev": "FEV1 49% predicted"},
        {"kind": "smoking_status", "value": "former", "_ev": "Former smoker, quit 2009"},
        {"kind": "weight", "value": 65.4, "unit": "kg", "value_kg": 65.4, "_ev": "Wt 65.4 kg"},
        {"kind": "weight", "value": 65.8, "unit": "kg", "value_kg": 65.8, "_ev": "Wt 65.8 kg"},
        {"kind": "weight", "value": 66.3, "unit": "kg", "value_kg": 66.3, "_ev": "Wt 66.3 kg"},
        {"kind": "weight", "value": 66.0, "unit": "kg", "value_kg": 66.0, "_ev": "Wt 66.0 kg (145.5 lb)"},
        {"kind": "weight", "value": 66.4, "unit": "kg", "value_kg": 66.4, "_ev": "Wt 66.4 kg (clinic scale"},
        {"kind": "drug_product", "value": "Glassia", "_ev": "Glassia 1 g/50 mL single-use vials x 4"},
        {"kind": "dose", "value": 4000, "_ev": "Dose given: 4,000 mg (200 mL)"},
        {"kind": "wastage", "value": 0, "_ev": "Waste: none - all four vials fully infused"},
        {"kind": "lot_number", "value": "LE41B027", "_ev": "lot LE41B027 x 2"},
        {"kind": "lot_number", "value": "LE41C104", "_ev": "lot LE41C104 x 2"},
        {"kind": "expiration_date", "value": "2026-09", "_ev": "lot LE41B027 x 2   exp 09/2026"},
        {"kind": "expiration_date", "value": "2026-11", "_ev": "lot LE41C104 x 2   exp 11/2026"},
        {"kind": "infusion_start", "value": "10:12", "_ev": "Infusion start 10:12"},
        {"kind": "infusion_end", "value": "10:41", "_ev": "Infusion stop 10:41"},
        {"kind": "response_to_therapy", "_ev": "Response to therapy: clinically stable to improved"},
        {"kind": "prior_authorization", "value": "PA-UHC-44812093", "_ev": "Authorization: PA-UHC-44812093"},
    ],
    "notes": (
        "Complete. Agency print lists four weekly visits (01/21, 01/28, 02/04, 02/11) plus a scheduled 02/18; "
        "only the 02/11 row is the DOS. Earlier rows carry their own lot LE40K912 exp 05/2026, times "
        "(10:20-10:52, 10:05-10:36, 10:31-11:09 with pause) and weights; weights are historical findings, the rest "
        "do not count. DOS weight 66.0 kg (145.5 lb, one measurement); clinic weight 66.4 kg the day before. Time "
        "in/out 09:45/11:20, vitals and PIV removal 10:58 are not infusion times. Pre-visit planning lists AAT "
        "trough, PFTs, Heplisav dose 2 as due/not done; UHC policy text quoted (11 umol/L) is not a result. "
        "Commercial: JZ with documented no waste -> met. S9346 and 99601 are not drug lines. Sister PI*MZ and "
        "mother's emphysema are family."
    ),
}

ARITH = {
    "weight_kg": 66.0, "weight_source": "d1 02/11 visit row",
    "dose_mg": 4000, "target_mg": 3960.0, "pct_diff": 1.01,
    "code": "J0257", "bu_mg": 10, "units_expected": 400, "units_billed": 400,
    "waste_mg": 0, "jw_units_expected": 0, "modifier_expected": "JZ (commercial: no JW)",
    "lots": [
        {"lot": "LE41B027", "exp": "2026-09", "dos": "2026-02-11", "expired": False},
        {"lot": "LE41C104", "exp": "2026-11", "dos": "2026-02-11", "expired": False},
    ],
    "lb_check": "66.0 kg = 145.5 lb",
    "dos_product": "Glassia",
    "response_in_progress_note": True,
    "infusion": {"start": "10:12", "end": "10:41"},
}
