# b14-010  medicare  Glassia billed as J0256   GAP: code_selection conflict (Glassia -> J0257)
# Styles: (5) infusion-suite pre-visit huddle list, (1) pump interoperability export as CSV table,
#         nursing infusion note, pulmonary progress note (product switch from Prolastin-C Liquid).

HUDDLE = """INFUSION SUITE MORNING HUDDLE - PRE-VISIT PLANNING (patient-level printout)
Harbor Point Medical Group - Infusion Suite B         Huddle 02/24/2026 07:30
Patient: CASTELLANOS, Eleanor V   68 y F   MRN HP-0093318   Appt 10:45, chair 7, RN: S. Petrov

TODAY'S PLAN
- Glassia (alpha1-PI) 60 mg/kg IV - 4th Glassia dose (switched from Prolastin-C Liquid 02/03/2026
  because of the Prolastin-C Liquid allocation / shortage notice from our wholesaler).
- Weigh on arrival; last wt 67.4 kg (02/17). Pharmacy will prepare 4 x 1 g vials unless wt
  changes >= 5% (i.e. below 64.0 kg or above 70.8 kg).
- 5 micron in-line filter needed for Glassia (new for staff - reminder posted at chair 7).

CARE GAPS / DUE (not necessarily addressed today)
  * AAT trough - DUE (last on Prolastin-C Liquid 09/2025; recheck after 8 wks on Glassia ~ April)
  * PFTs - OVERDUE (last 03/2025), scheduled 03/10/2026 in PFT lab
  * Hep B sAb - done 2024, immune
  * Shingrix dose 2 - OVERDUE (dose 1 10/2025); PCP aware
  * DEXA - due (on prednisone bursts x3 in 2024) - PCP
  * Advance care planning - not on file; SW consult offered, pt declined today

ADMIN / BILLING CHECKS
  * Medicare Part B primary, Mutual of Omaha Medigap G secondary. No PA required.
  * New Glassia order set built 01/28/2026 (order #ORD-77120). Charge review: pending.
  * ABN not needed.

SAFETY
  * IgA 156 mg/dL (2019) - not deficient.
  * Hx mild flushing with first Glassia dose 02/03 - resolved after slowing rate. Rate cap
    400 mL/h per Dr. Iyer.
  * Fall risk: low.

Huddle attendance: RN lead A. Gutierrez; pharmacist B. Feld; scheduler M. Tan.
"""

PUMP = """# IV-EHR INTEROPERABILITY EXPORT (CSV)  facility=HPMG-INF-B  device=LVP-B-07  patient_mrn=HP-0093318
# export_time=2026-02-24T12:02:14  exported_by=spetrov  clock=NTP  rows=21
# drug_library=HPMG-ADULT-INF v2026.01 (Glassia entry added 2026-01-28)  care_area=ADULT INFUSION
# columns: dose_infused is blank for basic (mL/h) infusions without a concentration
event_time,channel,event,drug_library_entry,concentration,conc_units,rate_ml_h,vtbi_ml,vol_infused_ml,dose_infused,dose_units,alarm_text,user
2026-02-24T10:48:02,-,POWER_ON,,,,,,,,,,
2026-02-24T10:48:40,-,PATIENT_ASSOCIATED,wristband scan HP-0093318,,,,,,,,,spetrov
2026-02-24T10:52:31,A,BARCODE_SCAN,SODIUM CHLORIDE 0.9% 250 mL,,,,,,,,,spetrov
2026-02-24T10:52:40,A,PROGRAM,SODIUM CHLORIDE 0.9% CARRIER,,,25,250,0.0,,,,spetrov
2026-02-24T10:52:51,A,START,SODIUM CHLORIDE 0.9% CARRIER,,,25,250,0.0,,,,spetrov
2026-02-24T11:02:48,B,BARCODE_SCAN,GLASSIA 1 G/50 ML (order ORD-77120),,,,,,,,,spetrov
2026-02-24T11:03:12,B,PROGRAM,GLASSIA (ALPHA1-PI) 20 MG/ML,20,mg/mL,400,200,0.0,0,mg,,spetrov
2026-02-24T11:03:13,B,LIMIT_CHECK,GLASSIA (ALPHA1-PI) 20 MG/ML,20,mg/mL,400,200,0.0,0,mg,within soft limits (max 800 mL/h),spetrov
2026-02-24T11:05:20,B,START,GLASSIA (ALPHA1-PI) 20 MG/ML,20,mg/mL,400,200,0.0,0,mg,,spetrov
2026-02-24T11:14:45,B,ALARM,GLASSIA (ALPHA1-PI) 20 MG/ML,20,mg/mL,400,200,62.8,1256,mg,UPSTREAM OCCLUSION,
2026-02-24T11:15:30,B,ALARM_CLEARED,GLASSIA (ALPHA1-PI) 20 MG/ML,20,mg/mL,400,200,62.8,1256,mg,,spetrov
2026-02-24T11:15:31,B,RESTART,GLASSIA (ALPHA1-PI) 20 MG/ML,20,mg/mL,400,200,62.8,1256,mg,,spetrov
2026-02-24T11:24:02,B,STATUS,GLASSIA (ALPHA1-PI) 20 MG/ML,20,mg/mL,400,200,119.6,2392,mg,,
2026-02-24T11:36:07,B,INFUSION_COMPLETE,GLASSIA (ALPHA1-PI) 20 MG/ML,20,mg/mL,400,200,200.0,4000,mg,,
2026-02-24T11:36:07,B,KVO,GLASSIA (ALPHA1-PI) 20 MG/ML,20,mg/mL,3,,200.0,4000,mg,,
2026-02-24T11:39:55,B,CHANNEL_OFF,,,,,,200.2,4004,mg,,spetrov
2026-02-24T11:41:10,A,RATE_CHANGE,SODIUM CHLORIDE 0.9% CARRIER,,,100,250,20.2,,,flush after A1PI,spetrov
2026-02-24T11:47:10,A,STOP,SODIUM CHLORIDE 0.9% CARRIER,,,100,250,30.2,,,,spetrov
2026-02-24T11:47:30,-,POWER_OFF,,,,,,,,,,
2026-02-24T11:50:02,-,EHR_DOC_ACCEPTED,B start 11:05 / complete 11:36 / 200.0 mL,,,,,,,,,spetrov
2026-02-24T11:50:09,-,EHR_DOC_ACCEPTED,A carrier 30.2 mL,,,,,,,,,spetrov
# end of export
# note: dose_infused is computed by the pump as vol_infused x concentration; KVO volume after
# INFUSION_COMPLETE is carrier-line flush of residual drug and is not counted as drug delivered.
"""

RN = """INFUSION NURSING NOTE                      Harbor Point Medical Group - Infusion Suite B
Date of service: 02/24/2026   Arrival 10:41   RN: Svetlana Petrov, RN
Patient: Eleanor V. Castellanos   DOB 06/18/1957   MRN HP-0093318
Ordering physician: Meera Iyer, MD (Pulmonary)

Assessment (10:50):
  Weight 67.7 kg (standing scale). Ht 163 cm.
  BP 128/74, HR 82, RR 18, SpO2 93% RA, T 36.5 C.
  Denies fever, URI symptoms, new meds. No flushing with doses 2 and 3 of Glassia.
  Lungs: diminished bases, no wheeze. PIV 22G L forearm placed 10:58, 1 attempt.

Medication:
  Glassia (alpha1-proteinase inhibitor [human]) 1 g/50 mL ready-to-use vials x 4
  Lot LE41A553, expiration 12/31/2026 (all 4 vials)
  Spiked into empty bag by pharmacy 10:40; given through 5 micron in-line filter.
  Glassia 4,000 mg IV infused 11:05 to 11:36 via pump channel B at 400 mL/h; one upstream
  occlusion alarm at 11:14 (clamp left closed after site check), cleared in < 1 min.
  All 4 vials used; nothing wasted.

Monitoring:
  11:20 BP 124/72 HR 80 SpO2 94%
  11:40 BP 122/70 HR 78 SpO2 94%   no flushing, no rash, no dyspnea.
  NS flush via carrier after completion. PIV removed 11:52, catheter intact.

Education: reviewed delayed reaction signs; she has epinephrine auto-injector at home.
Disposition: discharged 11:58 with husband, stable. Next appt 03/03/2026 10:45.
Charges entered: alpha-1 proteinase inhibitor 4,000 mg (charge code CDM 6350142,
  "ALPHA-1 PI NOS PER 10 MG", qty 400, JZ); IV infusion initial hour.
S. Petrov, RN  02/24/2026 12:10
"""

PN = """HARBOR POINT PULMONARY - FOLLOW-UP VISIT
01/13/2026       Meera Iyer, MD
Eleanor V. Castellanos, 68 F, MRN HP-0093318

Subjective:
Ms. Castellanos has alpha-1 antitrypsin deficiency (PI*ZZ, genotyped 2016) with emphysema,
on weekly augmentation with Prolastin-C Liquid since 2016 (lyophilized Prolastin-C
2016-2020). Our infusion pharmacy received an allocation notice for Prolastin-C Liquid, and
we need to switch products for at least 6 months. She has had a good course: one
exacerbation in 2025 (February), none since; walks 30 minutes daily; gardening. No
infusion reactions in 10 years. Never smoked; secondhand exposure in childhood.

Medications: Prolastin-C Liquid 60 mg/kg IV weekly; budesonide/glycopyrrolate/formoterol 2 puffs
BID; albuterol PRN; losartan 50 mg; levothyroxine 50 mcg.

Objective: BP 130/76, HR 80, SpO2 94%, weight 67.9 kg. Lungs diminished at bases; no wheeze.

Data: pre-treatment AAT 0.29 g/L (2016). On-therapy trough 09/2025: 0.98 g/L.
PFT 03/2025: FEV1 0.98 L (39% predicted), FEV1/FVC 0.41, DLCO 44%.
CT 2024: panlobular emphysema, lower lobes, stable from 2021.

Assessment and plan:
1. AATD PI*ZZ with emphysema / COPD: stable on augmentation - FEV1 decline about 25 mL/yr,
   exacerbations reduced (1 in 2025 versus 3-4/yr before treatment). Switch to Glassia
   60 mg/kg IV weekly starting 02/03/2026 (ready-to-use, 5 micron filter, rate per label);
   first dose with slower rate and 60-minute observation. Return to Prolastin-C Liquid when
   supply allows.
2. Hypothyroidism, HTN: per PCP.
3. PFT in March; AAT trough ~8 weeks after the switch.
Meera Iyer, MD   01/13/2026
"""

CHART = {
    "chart_id": "b14-010",
    "date_of_service": "2026-02-24",
    "payer": {"profile": "medicare", "name": "Medicare Part B (NGS J6)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-02-24", "text": HUDDLE},
        {"id": "d2", "type": "infusion_record", "date": "2026-02-24", "text": PUMP},
        {"id": "d3", "type": "infusion_record", "date": "2026-02-24", "text": RN},
        {"id": "d4", "type": "progress_note", "date": "2026-01-13", "text": PN},
    ],
}

GOLD = {
    "chart_id": "b14-010",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "not_applicable",
        "code_selection": "conflict",
    },
    "findings": [
        {"kind": "aatd_diagnosis", "_ev": "alpha-1 antitrypsin deficiency (PI*ZZ, genotyped 2016)"},
        {"kind": "genotype", "alleles": ["Z", "Z"], "_ev": "(PI*ZZ, genotyped 2016)"},
        {"kind": "serum_aat", "value": 0.29, "unit": "g/L", "_ev": "pre-treatment AAT 0.29 g/L"},
        {"kind": "serum_aat", "value": 0.98, "unit": "g/L", "_ev": "trough 09/2025: 0.98 g/L"},
        {"kind": "lung_disease", "value": "emphysema", "_ev": "panlobular emphysema, lower lobes"},
        {"kind": "lung_disease", "value": "copd", "_ev": "emphysema / COPD"},
        {"kind": "fev1", "value": 39, "_ev": "FEV1 0.98 L (39% predicted)"},
        {"kind": "smoking_status", "value": "never", "_ev": "Never smoked"},
        {"kind": "weight", "value": 67.7, "unit": "kg", "value_kg": 67.7, "_ev": "Weight 67.7 kg (standing scale)"},
        {"kind": "weight", "value": 67.4, "unit": "kg", "value_kg": 67.4, "_ev": "last wt 67.4 kg (02/17)"},
        {"kind": "weight", "value": 67.9, "unit": "kg", "value_kg": 67.9, "_ev": "weight 67.9 kg"},
        {"kind": "drug_product", "value": "Glassia", "_ev": "Glassia (alpha1-proteinase inhibitor [human]) 1 g/50 mL"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid", "_ev": "Prolastin-C Liquid since 2016"},
        {"kind": "drug_product", "value": "Prolastin-C", "_ev": "(lyophilized Prolastin-C\n2016-2020)"},
        {"kind": "dose", "value": 4000, "_ev": "Glassia 4,000 mg IV infused 11:05 to 11:36"},
        {"kind": "wastage", "value": 0, "_ev": "All 4 vials used; nothing wasted."},
        {"kind": "lot_number", "value": "LE41A553", "_ev": "Lot LE41A553"},
        {"kind": "expiration_date", "value": "2026-12-31", "_ev": "expiration 12/31/2026"},
        {"kind": "infusion_start", "value": "11:05", "_ev": "2026-02-24T11:05:20,B,START"},
        {"kind": "infusion_end", "value": "11:36", "_ev": "2026-02-24T11:36:07,B,INFUSION_COMPLETE"},
        {"kind": "response_to_therapy", "_ev": "stable on augmentation - FEV1 decline about 25 mL/yr"},
    ],
    "notes": (
        "One gap: the DOS product is Glassia (4th dose after the switch), billed J0256 x 400 -> code_selection "
        "conflict (Glassia is J0257). Prolastin-C Liquid / lyophilized Prolastin-C are historical products "
        "(J0256-covered), which is why the charge kept the NOS code; the reviewer judges the line against the "
        "product given on the DOS. Units (400 = 4,000/10) would be the same under J0257. Pump CSV: START 11:05, "
        "INFUSION_COMPLETE 11:36 (not PROGRAM 11:03, RESTART 11:15, KVO, CHANNEL_OFF 11:39 4004 mg, carrier "
        "STOP 11:47); partial dose_infused 1256 mg at the alarm is not a dose. Hypothetical weights 64.0/70.8 kg; "
        "arrival 10:41, PIV 10:58, spike 10:40, removal 11:52, discharge 11:58. g/L levels: 0.29 pre-treatment "
        "(met), 0.98 on therapy."
    ),
}

ARITH = {
    "weight_kg": 67.7, "weight_source": "d3 10:50 DOS",
    "dose_mg": 4000, "target_mg": 4062.0, "pct_diff": -1.53,
    "code": "J0256", "bu_mg": 10, "units_expected": 400, "units_billed": 400,
    "correct_code": "J0257",
    "waste_mg": 0, "jw_units_expected": 0, "modifier_expected": "JZ",
    "lots": [{"lot": "LE41A553", "exp": "2026-12-31", "dos": "2026-02-24", "expired": False}],
    "dos_product": "Glassia",
    "response_in_progress_note": True,
    "infusion": {"start": "11:05", "end": "11:36"},
}
